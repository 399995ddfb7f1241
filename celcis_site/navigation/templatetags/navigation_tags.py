"""Template tags for the main menu and footer links (NavigationSettings), and for finding a page by slug."""

from django import template
from wagtail.models import Site
from wagtail.templatetags.wagtailcore_tags import slugurl

from celcis_site.navigation.links import NAVIGATION, menu_links

register = template.Library()


def _links(request, menu, current_page):
    """Each link's address, label and whether the visitor is on it or inside its section."""
    links = []
    for link in menu_links(request, menu):
        current = None
        if current_page is not None and current_page.pk == link["pk"]:
            current = "page"
        elif current_page is not None and current_page.path.startswith(link["path"]) and link["depth"] > 2:
            current = "true"
        links.append({**link, "current": current})
    return links


@register.inclusion_tag("navigation/primary_navigation.html", takes_context=True)
def primary_navigation(context):
    return {
        "request": context["request"],
        "links": _links(context["request"], "primary_links", context.get("page")),
    }


@register.inclusion_tag("navigation/footer_links.html", takes_context=True)
def footer_links(context):
    return {
        "request": context["request"],
        "links": _links(context["request"], "footer_links", context.get("page")),
    }


@register.simple_tag(takes_context=True)
def cached_slugurl(context, slug):
    """Wagtail's {% slugurl %}, its answer (one or two queries) kept with the menus.

    Any page or site change clears it (celcis_site/caching/table.py).
    """
    request = context.get("request")
    if request is None:
        return slugurl(context, slug)
    site = Site.find_for_request(request)
    key = f"slugurl:{site.pk if site else ''}:{request.scheme}://{request.get_host()}:{slug}"
    # In a tuple: no page with that slug (None) is an answer too, not a miss.
    (url,) = NAVIGATION.get_or_compute(key, lambda: (slugurl(context, slug),))
    return url
