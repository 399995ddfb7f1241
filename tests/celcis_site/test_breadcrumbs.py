"""Inner pages show a breadcrumb trail (Home, the section, the page); the home page does not."""

from bs4 import BeautifulSoup

from tests.news.factories import NewsArticlePageFactory


def _trail(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    nav = soup.select_one('nav[aria-label="Breadcrumb"]')
    if nav is None:
        return None
    return [(item.get("href"), item.get("aria-current"), item.get_text()) for item in nav.select("li > *")]


def test_an_article_shows_home_then_news_then_itself_as_the_current_page(news_index, client):
    article = NewsArticlePageFactory(parent=news_index, title="A story", slug="a-story")

    assert _trail(client, article.url) == [
        ("/", None, "Home"),
        ("/news/", None, news_index.title),
        (None, "page", "A story"),
    ]


def test_a_page_under_home_shows_home_then_itself(standard_page, client):
    assert _trail(client, "/privacy-notice/") == [("/", None, "Home"), (None, "page", "Privacy notice")]


def test_search_shows_home_then_search(home, client):
    assert _trail(client, "/search/?q=care") == [("/", None, "Home"), (None, "page", "Search")]


def test_the_home_page_has_no_breadcrumbs(home, client):
    assert _trail(client, "/") is None
