"""The breadcrumb trail on inner pages: Home, the sections above, then the page itself."""

from django import template

from celcis_site.navigation.links import NAVIGATION

register = template.Library()


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, current_title=None):
    """The trail to `page`, or, for a view that is not a page (search), Home then `current_title`.

    The ancestors are cached with the menus, under the generation that any
    page change (save, move, delete) bumps, so a page view costs no query for them and a renamed
    or moved section shows at once.
    """
    request = context["request"]
    trail = []
    if page is not None:

        def ancestors_trail():
            ancestors = page.get_ancestors().filter(depth__gt=1).only("title", "url_path", "depth")
            return [{"label": ancestor.title, "url": ancestor.get_url(request)} for ancestor in ancestors]

        trail = NAVIGATION.get_or_compute(f"breadcrumbs:{page.pk}", ancestors_trail)
        current_title = page.title
    else:
        trail = [{"label": "Home", "url": "/"}]
    if trail and trail[0]["url"] == "/":
        trail[0]["label"] = "Home"
    return {"trail": trail, "current_title": current_title}
