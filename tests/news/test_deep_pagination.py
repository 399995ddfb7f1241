"""Deep pages of the news index, read from the far end or a landmark, hold what OFFSET would give."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.core.paginator import Paginator

from news.listing import LANDMARK_STEP
from news.models import NewsArticlePage
from news.models.articles import ARTICLES_PER_PAGE

ARTICLE_COUNT = 2 * LANDMARK_STEP + 150


@pytest.fixture
def long_archive(news_index):
    call_command(
        "generate_articles", "--count", str(ARTICLE_COUNT), "--batch-size", "250", stdout=io.StringIO()
    )
    # Many articles on one day: the id must break the ties the same way on every path.
    same_day = NewsArticlePage.objects.order_by("pk").values_list("pk", flat=True)[100:400]
    NewsArticlePage.objects.filter(pk__in=list(same_day)).update(publication_date=datetime.date(2020, 2, 2))
    return news_index


def titles_on(client, page):
    response = client.get("/news/", {"page": page})
    assert response.status_code == 200
    return [a.get_text() for a in BeautifulSoup(response.content, "html.parser").select(".card__title a")]


@pytest.mark.parametrize("page", [1, 2, 20, 21, 25, 30, 38, 40, 41, 50, 54, 55])
def test_every_page_shows_what_a_plain_offset_would(long_archive, client, page):
    expected = Paginator(long_archive.articles(), ARTICLES_PER_PAGE).page(page)

    assert titles_on(client, page) == [article.title for article in expected]


def test_pages_cover_every_article_once_in_order(long_archive, client):
    pages = -(-ARTICLE_COUNT // ARTICLES_PER_PAGE)
    shown = [title for page in range(1, pages + 1) for title in titles_on(client, page)]

    assert shown == [article.title for article in long_archive.articles()]
