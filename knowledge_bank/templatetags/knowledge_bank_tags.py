"""Knowledge Bank template tags: Scholar meta tags and JSON-LD on a resource, the library's year selects."""

from django import template
from django.utils.html import format_html, format_html_join

from celcis_site.pages.templatetags.seo_tags import json_ld_script
from knowledge_bank.structured_data import resource_schema, scholar_meta_tags

register = template.Library()


@register.simple_tag(takes_context=True)
def resource_meta(context, resource):
    """Google Scholar's citation_* tags and the schema.org JSON-LD, from the page's context."""
    request, authors, files = context["request"], context["authors"], context["files"]
    # The context's part_of is lazy: `or None` makes an absent one None, as the helpers test it.
    part_of = context.get("part_of") or None
    tags = format_html_join(
        "\n    ",
        '<meta name="{}" content="{}">',
        scholar_meta_tags(resource, authors, files, request, part_of=part_of),
    )
    data = resource_schema(resource, authors, files, context["topics"], request, part_of=part_of)
    return format_html("{}\n    {}", tags, json_ld_script(data))


@register.simple_tag
def year_select(name, label, value, years, field_id):
    """A select of the years resources span (plus the visitor's own value if it lies outside them)."""
    choices = sorted({*years, *([value] if value else [])})
    options = format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((year, " selected" if year == value else "", year) for year in choices),
    )
    return format_html(
        '<label for="{}">{}</label><select id="{}" name="{}"><option value="">Any year</option>{}</select>',
        field_id,
        label,
        field_id,
        name,
        options,
    )
