"""Template tags for people pages: the schema.org Person markup."""

from django import template

from celcis_site.pages.templatetags.seo_tags import json_ld_script
from people.structured_data import person_page_schema

register = template.Library()


@register.simple_tag(takes_context=True)
def person_json_ld(context, person):
    data = person_page_schema(
        person, context["request"], links=context["links"], expertise=context["expertise"]
    )
    return json_ld_script(data)
