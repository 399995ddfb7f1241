"""Template tags that render the main menu and footer links from NavigationSettings."""

from django import template

from celcis_site.navigation.links import menu_links

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
