"""Search ranks a bounded set of candidates and keeps the best result on top, on SQLite and PostgreSQL.

The fixed query list (celcis_site/search/relevance.py) runs on the demo
content among generated articles, on PostgreSQL, which production runs:
SQLite's FTS5 (for `make run`) has no stemming or stop words and does not
weigh titles, so it finds the same pages but ranks them less well.
`manage.py search_benchmark` runs the same list at 10,000 or 100,000 articles
and times it.
"""

import io

from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page

from celcis_site.pages.models import StandardPage
from celcis_site.search import ranking, relevance
from celcis_site.search.query import parse_query
from tests.celcis_site.factories import StandardPageFactory
from tests.markers import postgres_only
from tests.news.factories import NewsArticlePageFactory


def _result_titles(response):
    return [
        a.get_text() for a in BeautifulSoup(response.content, "html.parser").select(".search-results h2 a")
    ]


@postgres_only
def test_every_demo_query_has_its_best_result_in_the_top_3_among_generated_articles(db):
    call_command("load_demo_content", stdout=io.StringIO())
    call_command("generate_articles", "--count", "200", stdout=io.StringIO(), stderr=io.StringIO())
    call_command("update_index", verbosity=0, stdout=io.StringIO())

    assert len(relevance.QUERIES) >= 10
    assert relevance.misses() == {}


def test_a_quoted_phrase_must_appear_together_and_in_order(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Foster care for teenagers", introduction="Support.")
    NewsArticlePageFactory(parent=news_index, title="Care for foster teenagers", introduction="Support.")

    assert _result_titles(client.get("/search/", {"q": '"foster care"'})) == ["Foster care for teenagers"]
    assert sorted(_result_titles(client.get("/search/", {"q": "care foster"}))) == [
        "Care for foster teenagers",
        "Foster care for teenagers",
    ]
    # An unpaired quote is punctuation, not an error.
    assert len(_result_titles(client.get("/search/", {"q": '"foster care'}))) == 2


def test_past_the_candidate_limit_the_page_says_there_are_more(news_index, client, monkeypatch):
    monkeypatch.setattr(ranking, "CANDIDATES", 6)
    for number in range(10):
        NewsArticlePageFactory(parent=news_index, title=f"Kinship care report {number}", introduction="Care.")

    response = client.get("/search/", {"q": "kinship"})

    assert len(_result_titles(response)) == 6
    assert "More than 6 results" in response.content.decode()


@postgres_only
def test_title_matches_are_the_candidates_before_body_matches(news_index, monkeypatch):
    monkeypatch.setattr(ranking, "CANDIDATES", 3)
    in_body = [
        NewsArticlePageFactory(parent=news_index, title=f"Report {n}", introduction="Kinship care.")
        for n in range(3)
    ]
    in_title = [NewsArticlePageFactory(parent=news_index, title=f"Kinship care {n}") for n in range(3)]

    found = ranking.ranked_page_ids(Page.objects.live(), parse_query("kinship care"))

    assert sorted(found.page_ids) == sorted(page.pk for page in in_title)
    assert found.capped
    assert not set(found.page_ids) & {page.pk for page in in_body}


def test_a_section_search_takes_its_candidates_from_its_own_pages(news_index, monkeypatch):
    # The library's ?q= searches resources only: articles must not use up its candidates.
    monkeypatch.setattr(ranking, "CANDIDATES", 3)
    for number in range(6):
        NewsArticlePageFactory(parent=news_index, title=f"Kinship care news {number}", introduction="Care.")
    pages = [
        StandardPageFactory(parent=news_index.get_parent(), title=f"Kinship care guide {n}") for n in (1, 2)
    ]

    found = ranking.ranked_page_ids(StandardPage.objects.live(), parse_query("kinship care"))

    assert sorted(found.page_ids) == sorted(page.pk for page in pages)
    assert not found.capped
    assert len(ranking.ranked_page_ids(Page.objects.live(), parse_query("kinship care")).page_ids) == 3


def test_a_search_costs_the_same_few_queries_however_many_pages_match(
    news_index, client, django_assert_max_num_queries
):
    for number in range(30):
        NewsArticlePageFactory(parent=news_index, title=f"Secure care update {number}", introduction="Care.")
    client.get("/search/", {"q": "secure care"})  # settles the caches every page shares

    with django_assert_max_num_queries(9):
        response = client.get("/search/", {"q": "secure care"})
    assert len(_result_titles(response)) == 10
