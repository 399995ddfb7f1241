"""The breadcrumb trail on inner pages: Home, the sections above, then the page itself."""

from django import template

register = template.Library()


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, current_title=None):
    """The trail to `page`, or, for a view that is not a page (search), Home then `current_title`.

    One query for the ancestors; their addresses come from the site root paths
    Wagtail has already cached on the request.
    """
    request = context["request"]
    trail = []
    if page is not None:
        ancestors = page.get_ancestors().filter(depth__gt=1).only("title", "url_path", "depth")
        trail = [{"label": ancestor.title, "url": ancestor.get_url(request)} for ancestor in ancestors]
        current_title = page.title
    else:
        trail = [{"label": "Home", "url": "/"}]
    if trail and trail[0]["url"] == "/":
        trail[0]["label"] = "Home"
    return {"trail": trail, "current_title": current_title}
