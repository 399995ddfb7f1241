"""The main menu's and the footer's links, resolved once and cached until a page or the menus change.

Every page shows both menus; resolving them costs three queries (the setting
and the pages of each menu). The resolved links are cached per site under a
version number that saving any page or the setting bumps, so a renamed,
moved or unpublished page never lingers in a menu.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from celcis_site.pages.visibility import is_visible

from .models import NavigationSettings

VERSION_KEY = "navigation:version"
# A safety net only: every change that matters bumps the version at once.
TIMEOUT = 60 * 60
MENUS = ("primary_links", "footer_links")


def _resolve(site, request):
    """Each live link as plain data (small to cache): its address, label and place in the tree."""
    navigation = NavigationSettings.for_site(site)
    menus = {}
    for menu in MENUS:
        menus[menu] = [
            {
                "pk": page.pk,
                "path": page.path,
                "depth": page.depth,
                "url": page.get_url(request),
                "label": block.value["label"] or page.title,
            }
            for block in getattr(navigation, menu)
            if (page := block.value["page"]) is not None and is_visible(page)
        ]
    return menus


def menu_links(request, menu):
    """The live links of `menu` ("primary_links" or "footer_links") for the request's site."""
    menus = getattr(request, "_navigation_menus", None)
    if menus is None:
        site = Site.find_for_request(request)
        version = cache.get_or_set(VERSION_KEY, 1, timeout=None)
        key = f"navigation:menus:{version}:{site.pk if site else 'none'}"
        menus = cache.get(key)
        if menus is None:
            menus = _resolve(site, request) if site else dict.fromkeys(MENUS, [])
            cache.set(key, menus, TIMEOUT)
        request._navigation_menus = menus
    return menus[menu]


def _bump_version():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, timeout=None)


def forget_menus(sender=None, **kwargs):
    # At once, and again after the commit: a request served in between could
    # have cached what it read before the change was committed.
    _bump_version()
    transaction.on_commit(_bump_version)


def forget_menus_when_a_page_changes(sender, instance=None, **kwargs):
    # A linked page may have been renamed, moved, unpublished or deleted.
    if isinstance(instance, Page):
        forget_menus()


def connect():
    post_save.connect(forget_menus, sender=NavigationSettings, dispatch_uid="navigation-settings-save")
    post_save.connect(forget_menus, sender=Site, dispatch_uid="navigation-site-save")
    post_save.connect(forget_menus_when_a_page_changes, dispatch_uid="navigation-page-save")
    post_delete.connect(forget_menus_when_a_page_changes, dispatch_uid="navigation-page-delete")
    post_page_move.connect(forget_menus_when_a_page_changes, dispatch_uid="navigation-page-move")
    # A restricted page leaves the menus (see celcis_site/pages/visibility.py).
    post_save.connect(forget_menus, sender=PageViewRestriction, dispatch_uid="navigation-restriction-save")
    post_delete.connect(
        forget_menus, sender=PageViewRestriction, dispatch_uid="navigation-restriction-delete"
    )
