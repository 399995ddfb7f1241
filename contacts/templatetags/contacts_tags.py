"""Template tags for the parts of every page the contacts app owns.

The footer's contact block, the help banner and the organisation's name (in
page titles and the copyright line) come from their site settings through the
cached fragments (see CachedFragmentSetting); quick exit reads
its setting only on the pages that carry the button.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Site

from celcis_site.caching.fragments import FRAGMENTS
from contacts.models import ContactDetails, HelpSettings

register = template.Library()

# What the HTML parser would read as the end of the data block, or as markup.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def organisation_name(context):
    """The organisation's name from ContactDetails, for page titles and the copyright line (cached)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return ContactDetails().organisation_name
    return FRAGMENTS.get_or_compute(
        f"contacts.contactdetails:organisation-name:{site.pk}",
        lambda: ContactDetails.for_site_or_defaults(site).organisation_name,
    )


@register.simple_tag(takes_context=True)
def contact_footer(context):
    return mark_safe(ContactDetails.render_fragment(context.get("request")))


@register.simple_tag(takes_context=True)
def help_banner(context):
    return mark_safe(HelpSettings.render_fragment(context.get("request")))


@register.simple_tag
def organisation_json_ld(contact_details, root_url=""):
    """The organisation as schema.org JSON-LD, in a data block browsers never run."""
    # Rendered without a request (a 404 for an unknown host), the template hands over "".
    data = contact_details.json_ld(root_url).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(data))


@register.simple_tag(takes_context=True)
def help_settings(context):
    """The quick-exit settings for the request's site (defaults if none are saved)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return HelpSettings.for_site_or_defaults(site)


@register.filter
def contact_heading(contact_details):
    """'Address, phone and email', naming only what is set, so the heading never promises more."""
    parts = [
        name
        for name, present in [
            ("address", contact_details.street or contact_details.building or contact_details.city),
            ("phone", contact_details.phone),
            ("email", contact_details.email),
        ]
        if present
    ]
    if not parts:
        return "Contact details"
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return text[:1].upper() + text[1:]
