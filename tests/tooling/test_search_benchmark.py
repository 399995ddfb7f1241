"""`search_benchmark`: says where each query's best result came, times the page, and fails on a miss."""

import io

import pytest
from django.core.management import CommandError, call_command

from celcis_site.search import relevance
from tests.news.factories import NewsArticlePageFactory


@pytest.fixture
def article(news_index):
    return NewsArticlePageFactory(parent=news_index, title="Kinship care today", slug="kinship-care-today")


def test_it_prints_where_the_best_result_came_and_the_timings(article, monkeypatch):
    monkeypatch.setattr(relevance, "QUERIES", [("kinship care", "/news/kinship-care-today/")])
    out = io.StringIO()

    call_command("search_benchmark", "--repeats", "1", "--host", "testserver", stdout=out)

    assert "1 'kinship care'" in out.getvalue()
    assert "relevance 1/1 in the top 3; 1 searches: p50" in out.getvalue()


def test_a_miss_fails_the_command_and_says_what_came_instead(article, monkeypatch):
    monkeypatch.setattr(relevance, "QUERIES", [("kinship care", "/news/another-article/")])
    out = io.StringIO()

    with pytest.raises(CommandError, match="1 queries lost their best result"):
        call_command("search_benchmark", "--repeats", "0", stdout=out)
    assert "MISS 'kinship care': top 3 were ['/news/kinship-care-today/']" in out.getvalue()
    assert "searches" not in out.getvalue()
