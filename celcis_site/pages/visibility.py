"""What visitors may see: live pages under no view restriction. The one rule every public list of pages uses.

Listings, related lists, feeds, site maps, search results, menus and home
page blocks call `visible()` on a queryset, or `is_visible()` on a page an
editor chose, so a page restricted to signed-in users (or by password or
group) never shows its title, summary or link on a public, cacheable page.

Wagtail's own `.public()` asks the database for every view restriction each
time it is called. Restrictions change rarely, so their paths are cached here
and forgotten whenever a restriction is added, changed or removed, or a page
is moved or deleted (paths change with them).
"""

from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.signals import post_page_move

RESTRICTED_PATHS_KEY = "visibility:restricted-paths"
# A safety net only: every change that matters forgets the paths at once.
TIMEOUT = 60 * 60


def restricted_paths():
    """The tree paths of the pages carrying a view restriction (each covers its subtree)."""
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        from wagtail.models import PageViewRestriction

        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(RESTRICTED_PATHS_KEY, paths, TIMEOUT)
    return paths


def restricted_q():
    """Matches the pages visitors may not see because of a restriction on them or above them."""
    paths = restricted_paths()
    return reduce(or_, (Q(path__startswith=path) for path in paths)) if paths else Q(pk__in=[])


def visible(pages):
    """The pages of a PageQuerySet that visitors may see: live, and under no view restriction."""
    return pages.live().exclude(restricted_q())


def is_visible(page):
    """Whether visitors may see `page` (one an editor chose, already loaded)."""
    return page.live and not any(page.path.startswith(path) for path in restricted_paths())


def forget_restricted_paths(**kwargs):
    # Now, and again after the commit: a request served in between could have
    # cached the paths it read before the change was committed.
    cache.delete(RESTRICTED_PATHS_KEY)
    transaction.on_commit(lambda: cache.delete(RESTRICTED_PATHS_KEY))


def connect_signals():
    from wagtail.models import Page, PageViewRestriction

    post_save.connect(
        forget_restricted_paths, sender=PageViewRestriction, dispatch_uid="visibility-restriction-save"
    )
    post_delete.connect(
        forget_restricted_paths, sender=PageViewRestriction, dispatch_uid="visibility-restriction-delete"
    )
    post_delete.connect(forget_restricted_paths, sender=Page, dispatch_uid="visibility-page-delete")
    post_page_move.connect(forget_restricted_paths, dispatch_uid="visibility-page-move")
