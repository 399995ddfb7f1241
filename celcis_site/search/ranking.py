"""Ranked search results that cost about the same at 1,000 and at 100,000 articles.

Ranking every match, then counting them all, is what took seconds for a broad
query on a large archive: each match's index entry had to be read and scored.
On PostgreSQL, results come instead from a bounded candidate set, read from
Wagtail's search index table (`wagtailsearch_indexentry`) alone:

1. candidates: up to CANDIDATES index entries, those whose title matches first
   (the title's GIN index), then those where only the body matches (the
   `title || body` GIN index, search migration 0001), in one query. A title
   match is the cheap rank: it is what ranks highest below. Within each, no
   ORDER BY: the rows the index yields first will do, and reading stops at the
   limit; when enough titles match, the body index is not even read. The
   planner is told to answer from the GIN indexes only (GIN_ONLY below).
2. ranking: those entries, and only those, fetched by primary key, kept if their
   page is in the queryset (live, unrestricted...), and ordered by Wagtail's own
   relevance expression (title matches weigh most, short titles more), as every
   match was ranked before. Only ids travel: no page is loaded.
3. the count is the number of candidates, exact below the limit; past it the
   page says "more than" (`SearchResults.capped`).

A page whose title matches is therefore always among the candidates unless
more than CANDIDATES titles match, when no one ranking is "the" right one
anyway. SQLite (make run, the tests) ranks every match with Wagtail's FTS5 back
end: its archive is small.
"""

from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import F, IntegerField
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.utils import get_descendants_content_types_pks

# Ranking costs about 12 µs a candidate (Wagtail's ts_rank over the body): 300 keeps a broad query at
# 100,000 articles at about 1.2× its p95 at 1,000 (1.5× with 500), and the relevance list still
# finds every expected page first at both sizes (`manage.py search_benchmark`).
CANDIDATES = 300

# For a common word, the planner reads the 500 MB index table from the start until it has
# enough matches (cheap when matches are spread evenly), but: the scan starts wherever the last
# one stopped (synchronised scans), so the candidates, and the results, change from one request
# to the next; and when the matches sit together (the library's resources, added in one go) it
# reads most of the table first, 300 ms at 100,000 articles. Bitmap scans of the GIN indexes
# cost at most the index's list of matches (20 ms for "care") and read rows in table order: the
# same candidates every time. No parallel workers either, so the title matches come first.
# Local to the transaction `_candidates` rolls back.
GIN_ONLY = (
    "SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true), "
    "set_config('max_parallel_workers_per_gather', '0', true)"
)


@dataclass(frozen=True)
class SearchResults:
    """The ranked page ids (best first), and whether there are more matches than were ranked."""

    page_ids: list
    capped: bool


def _candidates(queryset, tsquery):
    """{entry id: page id} of up to CANDIDATES matches, title matches first; whether there are more."""
    content_types = get_descendants_content_types_pks(queryset.model)
    entries = IndexEntry.objects.all()
    if queryset.model is not Page:
        # A section's search (the library's resources) takes its candidates from its own pages.
        # Not the site's: for every page type the condition would filter almost nothing, yet tempt
        # the planner into its btree index too; other entries (images...) are dropped below instead.
        entries = entries.filter(content_type_id__in=content_types)
    title, columns = F("title"), ("pk", "object_id", "content_type_id")
    in_title = entries.annotate(_title=title).filter(_title=tsquery).values_list(*columns)
    # Matches in the body alone: the title's are candidates already.
    in_body_only = (
        entries.annotate(_title=title, _vector=title._combine(F("body"), "||", False))
        .filter(_vector=tsquery)
        .exclude(_title=tsquery)
        .values_list(*columns)
    )
    # One more than the limit, to know whether there were more.
    matches = in_title.union(in_body_only, all=True)[: CANDIDATES + 1]
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(GIN_ONLY)
        rows = list(matches)
        # Nothing was written: rolling back is how the planner settings end here, even inside an
        # outer transaction (releasing a savepoint would keep them).
        transaction.set_rollback(True)
    found = {
        entry: int(page) for entry, page, content_type in rows[:CANDIDATES] if content_type in content_types
    }
    return found, len(rows) > CANDIDATES


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
    limit = CANDIDATES
    ranked = [page.pk for page in queryset.only("pk").search(query)[: limit + 1]]
    return SearchResults(ranked[:limit], len(ranked) > limit)
