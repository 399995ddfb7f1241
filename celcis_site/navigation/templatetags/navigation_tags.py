"""Template tags that render the main menu and footer links from NavigationSettings."""

from django import template

from celcis_site.navigation.models import NavigationSettings

register = template.Library()


def _links(request, field_name, current_page):
    """Each link's page, label and whether the visitor is on it or inside its section."""
    links = []
    for block in getattr(NavigationSettings.for_request(request), field_name):
        target = block.value["page"]
        if target is None or not target.live:
            continue
        current = None
        if current_page is not None and current_page.pk == target.pk:
            current = "page"
        elif current_page is not None and current_page.path.startswith(target.path) and target.depth > 2:
            current = "true"
        links.append({"page": target, "label": block.value["label"] or target.title, "current": current})
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
