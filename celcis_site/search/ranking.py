"""Ranked search results that cost about the same at 1,000 and at 100,000 articles.

Ranking every match, then counting them all, is what took seconds for a broad
query on a large archive: each match's index entry had to be read and scored.
On PostgreSQL, results come instead from a bounded candidate set, read from
Wagtail's search index table (`wagtailsearch_indexentry`) alone, in three queries:

1. candidates: up to CANDIDATES_PER_SOURCE index entries whose title matches
   (the title's GIN index), and as many whose title or body matches (the
   `title || body` GIN index, search migration 0001), in one query. No ORDER
   BY: the first rows the index yields will do, and reading stops at the limit.
   The planner is told to answer from the GIN indexes only (GIN_ONLY below).
2. ranking: those entries, and only those, fetched by primary key, kept if their
   page is in the queryset (live, unrestricted...), and ordered by Wagtail's own
   relevance expression (title matches weigh most, short titles more), as every
   match was ranked before. Only ids travel: no page is loaded.
3. the count is the number of candidates, exact until a source reaches its
   limit; past that the page says "more than" (`SearchResults.capped`).

A page whose title matches is therefore always among the candidates unless
more than CANDIDATES_PER_SOURCE titles match, when no one ranking is "the"
right one anyway. SQLite (make run, the tests) ranks every match with
Wagtail's FTS5 back end: its archive is small.
"""

from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import F, IntegerField, Value
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.utils import get_descendants_content_types_pks

CANDIDATES_PER_SOURCE = 250

# For a common word, the planner reads the 500 MB index table from the start until it has
# enough matches (cheap when matches are spread evenly), but: the scan starts wherever the last
# one stopped (synchronised scans), so the candidates, and the results, change from one request
# to the next; and when the matches sit together (the library's resources, added in one go) it
# reads most of the table first, 300 ms at 100,000 articles. Bitmap scans of the GIN indexes
# cost at most the index's list of matches (20 ms for "care") and read rows in table order: the
# same candidates every time. Local to the transaction `_candidates` rolls back.
GIN_ONLY = "SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)"


@dataclass(frozen=True)
class SearchResults:
    """The ranked page ids (best first), and whether there are more matches than were ranked."""

    page_ids: list
    capped: bool


def _candidates(queryset, tsquery):
    """{entry id: page id} of entries matching in the title, then in title or body; whether one was cut."""
    content_types = get_descendants_content_types_pks(queryset.model)
    entries = IndexEntry.objects.all()
    if queryset.model is not Page:
        # A section's search (the library's resources) takes its candidates from its own pages.
        # Not the site's: for every page type the condition would filter almost nothing, yet tempt
        # the planner into its btree index too; other entries (images...) are dropped below instead.
        entries = entries.filter(content_type_id__in=content_types)
    title = F("title")
    # Each source reads at most the limit, +1 to know whether it was cut.
    first, second = (
        entries.annotate(_source=Value(source), _vector=vector)
        .filter(_vector=tsquery)
        .values_list("_source", "pk", "object_id", "content_type_id")[: CANDIDATES_PER_SOURCE + 1]
        for source, vector in enumerate([title, title._combine(F("body"), "||", False)])
    )
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(GIN_ONLY)
        rows = list(first.union(second, all=True))
        # Nothing was written: rolling back is how the planner settings end here, even inside an
        # outer transaction (releasing a savepoint would keep them).
        transaction.set_rollback(True)
    by_source = ([], [])
    for source, entry, page, content_type in rows:
        by_source[source].append((entry, page, content_type))
    found = {
        entry: int(page)
        for rows in by_source
        for entry, page, content_type in rows[:CANDIDATES_PER_SOURCE]
        if content_type in content_types
    }
    return found, any(len(rows) > CANDIDATES_PER_SOURCE for rows in by_source)


def _postgres_ranked(queryset, query):
    backend = get_search_backend()
    compiler = backend.query_compiler_class(queryset, query)
    config = compiler.get_config(backend)
    candidates, capped = _candidates(queryset, compiler.build_tsquery(query, config=config))
    if not candidates:
        return SearchResults([], capped)
    # Wagtail's relevance (its get_index_vectors and _build_rank_expression), on the entry itself.
    rank = compiler.build_tsrank(F("title"), query, config=config) * F("title_norm") + compiler.build_tsrank(
        F("body"), query, config=config
    )
    pages = queryset.order_by().filter(pk__in=set(candidates.values())).values("pk")
    ranked = (
        IndexEntry.objects.filter(pk__in=candidates)
        .annotate(_rank=rank, _page=Cast("object_id", IntegerField()))
        .filter(_page__in=pages)
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
