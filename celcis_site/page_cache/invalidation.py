"""What makes cached pages stale, and the purges that follow.

The page cache (ours, in Redis) is cleared by a generation bump on:
- publishing, unpublishing, moving or deleting any page (the page, its parents'
  listings with every filter and page number, the home page, the feeds and the
  sitemap all change with it);
- saving or deleting any site or generic setting (navigation, contact details,
  help banner, cookie policy), any snippet (topics, partners, cookie
  categories) or anything edited inline within one (a category's cookies),
  a site, an image or a document.

A CDN in front (wagtail.contrib.frontend_cache, configured from the
environment) is told to drop the page's own addresses and its ancestors'
(news index, its feeds, home) on publish, unpublish, move and delete, and the
home page and the site's sections after a setting or snippet changes; other
pages there expire after PAGE_CACHE_CDN_SECONDS (README, Production).
"""

from functools import cache as remember

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from modelcluster.fields import ParentalKey
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from .generation import bump_generation

# Saves Wagtail makes on its own while serving a page or checking an upload: not edits.
BOOKKEEPING_FIELDS = frozenset({"file_hash", "file_size"})
# How deep the CDN purge after a setting or snippet change reaches: home and its sections.
SECTION_DEPTH = 3


@remember
def _snippet_models():
    return frozenset(get_snippet_models())


def is_shown_on_pages(model):
    """Whether saving an instance of `model` can change what a public page shows."""
    # A view restriction makes a page private: it leaves listings, feeds and the page itself.
    if issubclass(
        model,
        (BaseSiteSetting, BaseGenericSetting, Site, AbstractImage, AbstractDocument, PageViewRestriction),
    ):
        return True
    snippets = _snippet_models()
    if model in snippets:
        return True
    # Rows edited inline within a snippet or a setting (InlinePanel), e.g. a cookie category's cookies.
    return any(
        isinstance(field, ParentalKey)
        and (field.related_model in snippets or issubclass(field.related_model, BaseGenericSetting))
        for field in model._meta.get_fields()
    )


def _page_with_ancestors(page):
    return [*page.get_ancestors().filter(depth__gt=1).specific(defer=True), page]


def cdn_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_page_and_listings_from_cdn(page, extra_urls=()):
    if not cdn_configured():
        return
    batch = PurgeBatch(urls=extra_urls)
    batch.add_pages(_page_with_ancestors(page))
    batch.purge()


def purge_sections_from_cdn():
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().filter(depth__gt=1, depth__lte=SECTION_DEPTH).specific())
    batch.purge()


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
    bump_generation(f"{instance} published or unpublished")
    purge_page_and_listings_from_cdn(instance)


def on_page_moved(sender, instance, url_path_before=None, **kwargs):
    bump_generation(f"{instance} moved")
    old_url = _old_full_url(instance, url_path_before)
    purge_page_and_listings_from_cdn(instance, extra_urls=[old_url] if old_url else [])


def on_page_about_to_be_deleted(sender, instance, **kwargs):
    # Before the row goes: afterwards the page has no address to purge.
    if isinstance(instance, Page) and instance.live and cdn_configured():
        purge_page_and_listings_from_cdn(instance)


def on_model_saved_or_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        # Any save of a page row, not only a publish: code and imports may change a live page
        # directly. A draft save costs an extra miss, never a stale page.
        bump_generation(f"{instance} saved or deleted")
        return
    if not is_shown_on_pages(sender):
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    bump_generation(f"{sender._meta.label} {instance.pk} changed")
    if cdn_configured():
        purge_sections_from_cdn()


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(on_page_published_or_unpublished, dispatch_uid=f"page_cache.{id(signal)}")
    post_page_move.connect(on_page_moved, dispatch_uid="page_cache.post_page_move")
    pre_delete.connect(on_page_about_to_be_deleted, dispatch_uid="page_cache.pre_delete")
    for signal in (post_save, post_delete):
        signal.connect(on_model_saved_or_deleted, dispatch_uid=f"page_cache.{id(signal)}")
