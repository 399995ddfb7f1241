"""What visitors may see: live pages under no view restriction. The one rule every public list of pages uses.

Listings, related lists, feeds, site maps, search results, menus and home
page blocks call `visible()` on a queryset, or `is_visible()` on a page an
editor chose, so a page restricted to signed-in users (or by password or
group) never shows its title, summary or link on a public, cacheable page.

Wagtail's own `.public()` asks the database for every view restriction each
time it is called. Restrictions change rarely, so their paths are cached here
and forgotten whenever a restriction is added, changed or removed, or a page
is moved or deleted (paths change with them): rows in
celcis_site/caching/table.py.
"""

from functools import reduce
from operator import or_

from django.db.models import Q

from celcis_site.caching.versioned import VersionedCache

# A timeout as a safety net only: every change that matters bumps the generation at once.
RESTRICTED_PATHS = VersionedCache("restricted-paths", timeout=60 * 60, description="view-restricted paths")


def _load_restricted_paths():
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def restricted_paths():
    """The tree paths of the pages carrying a view restriction (each covers its subtree)."""
    return RESTRICTED_PATHS.get_or_compute("paths", _load_restricted_paths)


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
