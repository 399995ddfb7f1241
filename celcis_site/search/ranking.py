"""Ranked search results that cost about the same at 1,000 and at 100,000 articles.

Ranking every match, then counting them all, is what took seconds for a broad
query on a large archive: each match's index entry had to be read and scored.
On PostgreSQL, results come instead from a bounded candidate set:

1. up to CANDIDATES_PER_SOURCE pages whose title matches (the title's GIN
   index), and as many whose title or body matches (the `title || body` GIN
   index, search migration 0001), taken as the indexes give them, unordered,
   so PostgreSQL stops reading at the limit;
2. those candidates, and only those, ranked by Wagtail's own relevance
   (title matches weigh most), as every match was before;
3. the count is the number of candidates, exact until a source reaches its
   limit; past that the page says "more than" (`SearchResults.capped`).

A page whose title matches is therefore always among the candidates unless
more than CANDIDATES_PER_SOURCE titles match, when no one ranking is "the"
right one anyway. SQLite (make run, the tests) ranks every match: its archive
is small.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import F
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.utils import get_descendants_content_types_pks

CANDIDATES_PER_SOURCE = 250


@dataclass(frozen=True)
class SearchResults:
    """The ranked page ids (best first), and whether there are more matches than were ranked."""

    page_ids: list
    capped: bool


def _postgres_tsquery(queryset, query):
    backend = get_search_backend()
    compiler = backend.query_compiler_class(queryset, query)
    return compiler.build_tsquery(query, config=compiler.get_config(backend))


def _postgres_candidates(queryset, query):
    """Ids of pages matching in the title, then in title or body: each source at most the limit (+1).

    Read from the index entries alone (a page's id is text there, so a join from
    the pages would read every page), then narrowed to `queryset` by primary key.
    """
    tsquery = _postgres_tsquery(queryset, query)
    entries = IndexEntry.objects.filter(content_type_id__in=get_descendants_content_types_pks(Page))
    title = F("title")
    ids, capped = [], False
    for vector in (title, title._combine(F("body"), "||", False)):
        # No ORDER BY: the first rows the GIN index yields will do, and reading stops there.
        found = list(
            entries.annotate(_vector=vector)
            .filter(_vector=tsquery)
            .values_list("object_id", flat=True)[: CANDIDATES_PER_SOURCE + 1]
        )
        capped = capped or len(found) > CANDIDATES_PER_SOURCE
        ids += found[:CANDIDATES_PER_SOURCE]
    candidates = list(dict.fromkeys(int(pk) for pk in ids))
    return list(queryset.order_by().filter(pk__in=candidates).values_list("pk", flat=True)), capped


def ranked_page_ids(queryset, query):
    """SearchResults for `query` (celcis_site.search.query) among the pages of `queryset`."""
    capped = False
    if connection.vendor == "postgresql":
        candidates, capped = _postgres_candidates(queryset, query)
        if not candidates:
            return SearchResults([], capped)
        queryset = queryset.filter(pk__in=candidates)
    limit = 2 * CANDIDATES_PER_SOURCE
    ranked = [page.pk for page in queryset.only("pk").search(query)[: limit + 1]]
    return SearchResults(ranked[:limit], capped or len(ranked) > limit)
