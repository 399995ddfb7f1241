"""The CDN purges that follow a change, when a CDN is configured.

The page cache in Redis is cleared by the invalidation table
(celcis_site/caching/table.py). A CDN in front (wagtail.contrib.frontend_cache,
configured from the environment) is told to drop the page's own addresses and
its ancestors' (news index, its feeds, home) on publish, unpublish, move and
delete, and the home page and the site's sections after a setting or snippet
changes; other pages there expire after PAGE_CACHE_CDN_SECONDS
(docs/page-cache.md). The addresses are worked out at once (a deleted page has
none afterwards) and purged when the transaction commits: a purge sent before
it would let the CDN fetch the old page again and keep it.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from celcis_site.caching.invalidation import BOOKKEEPING_FIELDS
from celcis_site.caching.kinds import is_shown_on_pages

# How deep the CDN purge after a setting or snippet change reaches: home and its sections.
SECTION_DEPTH = 3


def _page_with_ancestors(page):
    return [*page.get_ancestors().filter(depth__gt=1).specific(defer=True), page]


def cdn_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_page_and_listings_from_cdn(page, extra_urls=()):
    if not cdn_configured():
        return
    batch = PurgeBatch(urls=extra_urls)
    batch.add_pages(_page_with_ancestors(page))
    transaction.on_commit(batch.purge)


def purge_sections_from_cdn():
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().filter(depth__gt=1, depth__lte=SECTION_DEPTH).specific())
    transaction.on_commit(batch.purge)


def _old_full_url(page, url_path_before):
    """The address a page had before a move, on the same site."""
    parts = page.get_url_parts()
    if parts is None or not url_path_before:
        return None
    site_id, root_url, _ = parts
    root_path = Site.objects.get(pk=site_id).root_page.url_path
    if not url_path_before.startswith(root_path):
        return None
    return root_url + "/" + url_path_before[len(root_path) :]


def on_page_published_or_unpublished(sender, instance, **kwargs):
    purge_page_and_listings_from_cdn(instance)


def on_page_moved(sender, instance, url_path_before=None, **kwargs):
    old_url = _old_full_url(instance, url_path_before)
    purge_page_and_listings_from_cdn(instance, extra_urls=[old_url] if old_url else [])


def on_page_about_to_be_deleted(sender, instance, **kwargs):
    # Before the row goes: afterwards the page has no address to purge.
    if isinstance(instance, Page) and instance.live and cdn_configured():
        purge_page_and_listings_from_cdn(instance)


def on_setting_or_snippet_changed(sender, instance, **kwargs):
    if isinstance(instance, Page) or not cdn_configured() or not is_shown_on_pages(sender):
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    purge_sections_from_cdn()


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(on_page_published_or_unpublished, dispatch_uid=f"page_cache.{id(signal)}")
    post_page_move.connect(on_page_moved, dispatch_uid="page_cache.post_page_move")
    pre_delete.connect(on_page_about_to_be_deleted, dispatch_uid="page_cache.pre_delete")
    for signal in (post_save, post_delete):
        signal.connect(on_setting_or_snippet_changed, dispatch_uid=f"page_cache.{id(signal)}")
