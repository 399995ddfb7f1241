"""The main menu's and the footer's links, resolved once and cached until a page or the menus change.

Every page shows both menus; resolving them costs three queries (the setting
and the pages of each menu). The resolved links are cached per site under a
generation that saving any page, site or the setting bumps
(celcis_site/caching/table.py), so a renamed, moved or unpublished page never
lingers in a menu. Breadcrumbs are cached under the same generation.
"""

from wagtail.models import Site

from celcis_site.caching.versioned import VersionedCache
from celcis_site.pages.visibility import is_visible

from .models import NavigationSettings

# A timeout as a safety net only: every change that matters bumps the generation at once.
NAVIGATION = VersionedCache(
    "navigation", timeout=60 * 60, description="menus and breadcrumb trails", local=True
)
MENUS = ("primary_links", "footer_links")


def _resolve(site, request):
    """Each live link as plain data (small to cache): its address, label and place in the tree."""
    # Not for_site(): that creates the row, and a page view must never write (the write would
    # clear the page cache under the request storing the page).
    navigation = NavigationSettings.base_queryset().filter(site=site).first() or NavigationSettings(site=site)
    return {
        menu: [link for block in getattr(navigation, menu) if (link := _link(block, request))]
        for menu in MENUS
    }


def _link(block, request):
    """A page link while its page is visible, or another website's link; None for a page gone."""
    if block.block_type == "external_link":
        # Outside the page tree: never "current", so no path or depth.
        return {"pk": None, "path": "", "depth": 0, "url": block.value["url"], "label": block.value["label"]}
    page = block.value["page"]
    if page is None or not is_visible(page):
        return None
    return {
        "pk": page.pk,
        "path": page.path,
        "depth": page.depth,
        "url": page.get_url(request),
        "label": block.value["label"] or page.title,
    }


def menu_links(request, menu):
    """The live links of `menu` ("primary_links" or "footer_links") for the request's site."""
    menus = getattr(request, "_navigation_menus", None)
    if menus is None:
        site = Site.find_for_request(request)
        menus = NAVIGATION.get_or_compute(
            f"menus:{site.pk if site else 'none'}",
            lambda: _resolve(site, request) if site else dict.fromkeys(MENUS, []),
        )
        request._navigation_menus = menus
    return menus[menu]
