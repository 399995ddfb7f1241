"""Search at /search/: finds live pages, echoes the query safely, is never indexed."""

import pytest
from bs4 import BeautifulSoup

from tests.markers import postgres_only
from tests.news.factories import NewsArticlePageFactory


def _result_titles(response):
    return [
        a.get_text() for a in BeautifulSoup(response.content, "html.parser").select(".search-results h2 a")
    ]


def test_search_finds_a_live_article_by_a_word_in_its_body(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Campaign launch", introduction="Live streaming risks.")
    NewsArticlePageFactory(parent=news_index, title="Unrelated", introduction="Foster care.")

    response = client.get("/search/", {"q": "streaming"})

    assert response.status_code == 200
    assert _result_titles(response) == ["Campaign launch"]


def test_search_never_shows_unpublished_pages(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Secret draft", introduction="Streaming.", live=False)

    assert _result_titles(client.get("/search/", {"q": "streaming"})) == []


def test_search_pages_tell_robots_not_to_index_them(home, client):
    response = client.get("/search/", {"q": "care"})

    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_query_is_echoed_escaped(home, client):
    response = client.get("/search/", {"q": "<script>alert(1)</script>"})

    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 5000},
        {"q": "care", "page": "abc"},
        {"q": '"(*'},
        {"q": "NOT"},
        {"q": "AND OR"},
        {"q": "NEAR(care"},
        {"q": "children's care"},
        {"q": "a-b ^x col:val"},
        {"q": "Ребёнок 子供 café"},
        {"q": "\x00"},
    ],
)
def test_empty_long_and_odd_queries_are_answered_politely(news_index, client, params):
    NewsArticlePageFactory(parent=news_index, title="Children's care", introduction="Not AND or near.")

    response = client.get("/search/", params)

    assert response.status_code == 200


@postgres_only
def test_postgres_search_matches_other_forms_of_a_word(news_index, client):
    # English stemming is a PostgreSQL full-text feature; SQLite's FTS5 matches words as typed.
    NewsArticlePageFactory(parent=news_index, title="Offenders stream abuse", introduction="Live.")

    assert _result_titles(client.get("/search/", {"q": "streaming"})) == ["Offenders stream abuse"]


def test_search_finds_campaigns_and_standard_pages_too(home, client):
    from tests.celcis_site.factories import StandardPageFactory
    from tests.news.factories import CampaignIndexPageFactory, CampaignPageFactory

    CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home), summary="Offenders and live streaming.")
    StandardPageFactory(parent=home, title="Streaming advice", slug="advice")

    titles = _result_titles(client.get("/search/", {"q": "streaming"}))

    assert sorted(titles) == ["#WhoIsSam", "Streaming advice"]


def test_search_results_are_paginated(news_index, client):
    for n in range(12):
        NewsArticlePageFactory(parent=news_index, title=f"Foster care {n}", introduction="Foster care.")

    first = client.get("/search/", {"q": "foster"})
    second = client.get("/search/", {"q": "foster", "page": "2"})

    assert len(_result_titles(first)) == 10
    assert len(_result_titles(second)) == 2
    assert "12 results for “foster”." in BeautifulSoup(first.content, "html.parser").get_text()
