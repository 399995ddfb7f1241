"""Search stays a bounded index lookup on PostgreSQL however large the archive grows.

What keeps a search at 100,000 articles as cheap as at 1,000 (celcis_site/search/ranking.py):
the candidates come from the GIN indexes with a LIMIT, read in the same order every time;
only those are ranked, by primary key; and the planner settings that force the indexes end
with the search. `manage.py search_benchmark` times it on a large database.
"""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from celcis_site.pages.visibility import visible
from celcis_site.search import ranking
from celcis_site.search.query import parse_query
from tests.markers import postgres_only

pytestmark = postgres_only

LIMIT = f"LIMIT {ranking.CANDIDATES + 1}"


@pytest.fixture
def archive(news_index):
    call_command("generate_articles", "--count", "300", stdout=io.StringIO())
    call_command("update_index", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry")


def _search_sql(query):
    """The statements one search runs, and its results."""
    with CaptureQueriesContext(connection) as queries:
        found = ranking.ranked_page_ids(visible(Page.objects.all()), parse_query(query))
    return [q["sql"] for q in queries.captured_queries], found


def test_candidates_come_from_the_gin_indexes_with_a_limit(archive):
    statements, found = _search_sql("kinship care")
    (candidates,) = [sql for sql in statements if "wagtailsearch_indexentry" in sql and LIMIT in sql]
    with connection.cursor() as cursor:
        cursor.execute(ranking.GIN_ONLY)
        cursor.execute(f"EXPLAIN {candidates}")
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "UNION ALL" in candidates  # title matches, then title-or-body matches
    assert "wagtailsear_title_9caae0_gin" in plan
    assert "site_search_indexentry_title_body_gin" in plan
    assert "Seq Scan" not in plan
    assert found.page_ids


def test_only_the_candidates_are_ranked_by_primary_key(archive, monkeypatch):
    monkeypatch.setattr(ranking, "CANDIDATES", 5)
    statements, found = _search_sql("care")

    (ranking_sql,) = [sql for sql in statements if "ts_rank" in sql]
    assert '"wagtailsearch_indexentry"."id" IN (' in ranking_sql
    assert "LIMIT" not in ranking_sql
    # 5 candidates, and more matches than that: "more than" on the page.
    assert len(found.page_ids) == 5
    assert found.capped


def test_the_same_search_gives_the_same_results(archive):
    first = ranking.ranked_page_ids(visible(Page.objects.all()), parse_query("care"))

    assert ranking.ranked_page_ids(visible(Page.objects.all()), parse_query("care")) == first


def test_the_planner_settings_end_with_the_search(archive):
    # The test runs inside a transaction, as a search inside any other would.
    _search_sql("kinship care")

    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan')")
        assert cursor.fetchone() == ("on", "on")


def test_the_search_page_shows_results_from_the_archive(archive, client):
    response = client.get("/search/", {"q": "kinship care"})

    assert BeautifulSoup(response.content, "html.parser").select(".search-results h2 a")
