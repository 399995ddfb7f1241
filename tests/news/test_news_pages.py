"""News articles' dates, and the news index's paging with any ?page value."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from news.models import NewsArticlePage
from news.models.articles import ARTICLES_PER_PAGE
from tests.news.factories import NewsArticlePageFactory


def test_publication_date_defaults_to_the_day_of_first_publication(news_index):
    article = news_index.add_child(
        instance=NewsArticlePage(title="Undated", introduction="Summary.", body=[], live=False)
    )
    assert article.publication_date is None

    article.save_revision().publish()

    article.refresh_from_db()
    assert article.publication_date == timezone.localdate()


def test_publication_date_set_by_an_editor_is_kept_on_publish(news_index):
    article = news_index.add_child(
        instance=NewsArticlePage(
            title="Dated",
            introduction="Summary.",
            body=[],
            live=False,
            publication_date=datetime.date(2017, 12, 5),
        )
    )

    article.save_revision().publish()

    article.refresh_from_db()
    assert article.publication_date == datetime.date(2017, 12, 5)


@pytest.fixture
def two_pages_of_articles(news_index):
    return [NewsArticlePageFactory(parent=news_index) for _ in range(ARTICLES_PER_PAGE + 3)]


@pytest.mark.parametrize(
    ("page_value", "expected_page"),
    [
        ("1", 1),
        ("2", 2),
        ("abc", 1),
        ("", 1),
        ("-1", 2),
        ("0", 2),
        ("99999999", 2),
        ("1.5", 1),
        ("9" * 400, 2),
        ("%00", 1),
    ],
)
def test_any_page_value_gives_a_real_page_never_an_error(
    two_pages_of_articles, client, page_value, expected_page
):
    response = client.get("/news/", {"page": page_value})

    assert response.status_code == 200
    current = BeautifulSoup(response.content, "html.parser").select_one('.pagination [aria-current="page"]')
    assert current.get_text() == f"Page {expected_page} of 2"


def test_second_page_holds_the_oldest_articles(two_pages_of_articles, client):
    response = client.get("/news/", {"page": "2"})

    titles = [a.get_text() for a in BeautifulSoup(response.content, "html.parser").select(".card__title a")]
    oldest_first = [article.title for article in two_pages_of_articles]
    assert titles == list(reversed(oldest_first[:3]))
