"""RSS and Atom feeds: they parse cleanly, hold the latest 20, and every page advertises them."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests.news.factories import NewsArticlePageFactory


@pytest.fixture
def twenty_five_articles(news_index):
    return [
        NewsArticlePageFactory(
            parent=news_index,
            title=f"Story {n}",
            introduction=f"Summary of story {n} & more.",
            publication_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
        )
        for n in range(25)
    ]


@pytest.mark.parametrize(("url", "version"), [("/news/feed/", "rss20"), ("/news/feed/atom/", "atom10")])
def test_feed_parses_cleanly_with_the_latest_twenty_articles(twenty_five_articles, client, url, version):
    response = client.get(url)

    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == version
    assert len(feed.entries) == 20
    newest = feed.entries[0]
    assert newest.title == "Story 24"
    assert newest.link == "http://testserver/news/story-24/"
    assert newest.summary == "Summary of story 24 & more."  # escaped once, not twice
    assert newest.author == "CELCIS"
    assert newest.published_parsed[:3] == (2020, 1, 25)
    assert feed.entries[-1].title == "Story 5"


def test_feed_leaves_out_unpublished_articles(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Draft", live=False)
    NewsArticlePageFactory(parent=news_index, title="Published")

    titles = [entry.title for entry in feedparser.parse(client.get("/news/feed/").content).entries]

    assert titles == ["Published"]


def test_every_page_advertises_both_feeds(standard_page, news_index, client):
    for url in ["/", "/news/", "/privacy-notice/", "/search/?q=care", "/no-such-page/"]:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        # The Knowledge Bank advertises its feeds beside these.
        alternates = {(link["type"], link["href"]) for link in soup.select('head link[rel="alternate"]')}
        assert {
            ("application/rss+xml", "/news/feed/"),
            ("application/atom+xml", "/news/feed/atom/"),
        } <= alternates, url
