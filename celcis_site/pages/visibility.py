"""What visitors may see: live pages under no view restriction. The one rule every public list of pages uses.

Listings, related lists, feeds, site maps, search results, menus and home
page blocks call `visible()` on a queryset, or `is_visible()` on a page an
editor chose, so a page restricted to signed-in users (or by password or
group) never shows its title, summary or link on a public, cacheable page.

Wagtail's own `.public()` asks the database for every view restriction each
time it is called, and serving a page asks twice more (its ancestors, then
their restrictions). Restrictions change rarely, so their paths are cached here
and forgotten whenever a restriction is added, changed or removed, or a page
is saved, moved or deleted (paths change with them, and a new alias takes its
source's restrictions): rows in celcis_site/caching/table.py.
"""

from functools import reduce
from operator import or_

from django.db.models import Q

from celcis_site.caching.versioned import VersionedCache

# A timeout as a safety net only: every change that matters bumps the generation at once.
RESTRICTED_PATHS = VersionedCache(
    "restricted-paths", timeout=60 * 60, description="view-restricted paths", local=True
)


def _load_restriction_facts():
    from wagtail.models import Page, PageViewRestriction

    return {
        "restricted": list(PageViewRestriction.objects.values_list("page__path", flat=True)),
        # Wagtail gives an alias (and what lies below it) its source's restrictions, wherever it is.
        "aliases": list(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)),
    }


def _restriction_facts():
    return RESTRICTED_PATHS.get_or_compute("facts", _load_restriction_facts)


def restricted_paths():
    """The tree paths of the pages carrying a view restriction (each covers its subtree)."""
    return _restriction_facts()["restricted"]


def no_restriction_applies(page):
    """Whether no view restriction can apply to `page`: none on it or above it, and no alias on its way.

    When true, Wagtail's `get_view_restrictions()` would find none; when false, ask it.
    """
    facts = _restriction_facts()
    return not any(page.path.startswith(path) for path in (*facts["restricted"], *facts["aliases"]))


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
