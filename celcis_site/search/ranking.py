"""Ranked search results that cost about the same at 1,000 and at 100,000 articles.

Ranking every match, then counting them all, is what took seconds for a broad
query on a large archive: each match's index entry had to be read and scored.
On PostgreSQL, results come instead from a bounded candidate set, read from
Wagtail's search index table alone:

1. up to CANDIDATES_PER_SOURCE index entries whose title matches (the title's
   GIN index), and as many whose title or body matches (the `title || body`
   GIN index, search migration 0001), taken as the indexes give them,
   unordered, so PostgreSQL stops reading at the limit;
2. of those, the pages of the queryset (live, unrestricted...), by primary key;
3. those entries, and only those, fetched by primary key and ranked with
   Wagtail's own relevance expression (title matches weigh most, short titles
   more), as every match was before. Only ids travel: no page is loaded.
4. the count is the number of candidates, exact until a source reaches its
   limit; past that the page says "more than" (`SearchResults.capped`).

A page whose title matches is therefore always among the candidates unless
more than CANDIDATES_PER_SOURCE titles match, when no one ranking is "the"
right one anyway. SQLite (make run, the tests) ranks every match with
Wagtail's FTS5 back end: its archive is small.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import F, IntegerField
from django.db.models.functions import Cast
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.utils import get_descendants_content_types_pks

CANDIDATES_PER_SOURCE = 250


@dataclass(frozen=True)
class SearchResults:
    """The ranked page ids (best first), and whether there are more matches than were ranked."""

    page_ids: list
    capped: bool


def _candidate_entries(entries, tsquery):
    """{entry id: page id} of entries matching in the title, then in title or body; whether a source was cut.

    Each source reads at most the limit (+1, to know whether it was cut). No
    ORDER BY: the first rows the GIN index yields will do, and reading stops there.
    """
    title = F("title")
    found, capped = {}, False
    for vector in (title, title._combine(F("body"), "||", False)):
        rows = list(
            entries.annotate(_vector=vector)
            .filter(_vector=tsquery)
            .values_list("pk", "object_id")[: CANDIDATES_PER_SOURCE + 1]
        )
        capped = capped or len(rows) > CANDIDATES_PER_SOURCE
        found.update(rows[:CANDIDATES_PER_SOURCE])
    return {entry: int(page) for entry, page in found.items()}, capped


def _postgres_ranked(queryset, query):
    backend = get_search_backend()
    compiler = backend.query_compiler_class(queryset, query)
    config = compiler.get_config(backend)
    tsquery = compiler.build_tsquery(query, config=config)
    # The entries of the queryset's page types only: a library search must not
    # spend its candidates on news articles.
    entries = IndexEntry.objects.filter(content_type_id__in=get_descendants_content_types_pks(queryset.model))
    candidates, capped = _candidate_entries(entries, tsquery)
    if not candidates:
        return SearchResults([], capped)
    allowed = set(queryset.order_by().filter(pk__in=set(candidates.values())).values_list("pk", flat=True))
    # Wagtail's relevance (its get_index_vectors and _build_rank_expression), on the entry itself.
    rank = compiler.build_tsrank(F("title"), query, config=config) * F("title_norm") + compiler.build_tsrank(
        F("body"), query, config=config
    )
    ranked = (
        IndexEntry.objects.filter(pk__in=[entry for entry, page in candidates.items() if page in allowed])
        .annotate(_rank=rank, _page=Cast("object_id", IntegerField()))
        .order_by(F("_rank").desc(), F("_page").desc())  # ties as Wagtail breaks them: newest page first
        .values_list("_page", flat=True)
    )
    return SearchResults(list(ranked), capped)


def ranked_page_ids(queryset, query):
    """SearchResults for `query` (celcis_site.search.query) among the pages of `queryset`."""
    if connection.vendor == "postgresql":
        return _postgres_ranked(queryset, query)
    limit = 2 * CANDIDATES_PER_SOURCE
    ranked = [page.pk for page in queryset.only("pk").search(query)[: limit + 1]]
    return SearchResults(ranked[:limit], len(ranked) > limit)
