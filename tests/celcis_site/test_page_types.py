"""Each page type renders through the site's own URLs, inside the shared layout."""

import datetime

import pytest
from bs4 import BeautifulSoup

from celcis_site.home.models import HomePage
from celcis_site.pages.models import StandardPage
from news.models import NewsArticlePage, NewsIndexPage
from tests.news.factories import NewsArticlePageFactory


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_renders_with_latest_news_and_the_help_call_to_action(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Older", publication_date=datetime.date(2020, 1, 1))
    NewsArticlePageFactory(parent=news_index, title="Newest", publication_date=datetime.date(2024, 1, 1))

    response = client.get("/")

    assert response.status_code == 200
    soup = _soup(response)
    titles = [a.get_text() for a in soup.select(".card__title a")]
    assert titles == ["Newest", "Older"]
    assert soup.select_one('.call-to-action a[href="/worried-about-a-child/"]')


def test_news_index_lists_articles_newest_first(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="2017 story", publication_date=datetime.date(2017, 12, 5))
    NewsArticlePageFactory(parent=news_index, title="2023 story", publication_date=datetime.date(2023, 3, 1))
    NewsArticlePageFactory(parent=news_index, title="Draft", live=False)

    response = client.get("/news/")

    assert response.status_code == 200
    titles = [a.get_text() for a in _soup(response).select(".card__title a")]
    assert titles == ["2023 story", "2017 story"]


def test_news_article_renders_title_date_and_body(news_index, client):
    NewsArticlePageFactory(
        parent=news_index,
        title="New campaign",
        slug="new-campaign",
        publication_date=datetime.date(2017, 12, 5),
        introduction="A new campaign, launched today.",
    )

    response = client.get("/news/new-campaign/")

    assert response.status_code == 200
    soup = _soup(response)
    assert soup.h1.get_text() == "New campaign"
    assert soup.select_one(".article-date").get_text(" ", strip=True) == "Published, 5 December 2017"
    assert soup.select_one(".lead").get_text() == "A new campaign, launched today."
    assert [h.get_text() for h in soup.select("main h2")] == ["What happened"]


def test_standard_page_renders_its_introduction_and_body(standard_page, client):
    response = client.get("/privacy-notice/")

    assert response.status_code == 200
    soup = _soup(response)
    assert soup.h1.get_text() == "Privacy notice"
    assert "We work with people who care for children." in soup.main.get_text()


def test_every_page_shares_the_layout_a_visitor_relies_on(standard_page, client):
    soup = _soup(client.get("/privacy-notice/"))

    assert soup.html["lang"] == "en-GB"
    first_link = soup.body.find("a")
    assert first_link["href"] == "#main-content"
    assert first_link.get_text() == "Skip to main content"
    assert soup.find(id="main-content").name == "main"
    banner = soup.select_one(".help-banner")
    assert "Are you worried about a child?" in banner.get_text()
    assert banner.find("a")["href"] == "/worried-about-a-child/"
    assert soup.select_one("header.site-header")
    assert soup.select_one("footer.site-footer")
    assert len(soup.find_all("h1")) == 1


def test_unknown_address_gets_the_sites_404_page(home, client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    soup = _soup(response)
    assert soup.h1.get_text() == "Page not found"
    assert soup.select_one(".help-banner")


@pytest.mark.parametrize(
    ("page_type", "parent_type", "allowed"),
    [
        (NewsIndexPage, HomePage, True),
        (NewsArticlePage, NewsIndexPage, True),
        (NewsArticlePage, HomePage, False),
        (StandardPage, NewsIndexPage, False),
        (HomePage, HomePage, False),
    ],
)
def test_page_tree_only_allows_sensible_parents(page_type, parent_type, allowed):
    assert (parent_type in page_type.allowed_parent_page_models()) is allowed
