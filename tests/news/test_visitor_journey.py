"""On the demo site a visitor goes from home to filtered news, an article, its campaign and the feed."""

import feedparser
from bs4 import BeautifulSoup


def _follow(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_home_to_filtered_news_to_article_to_campaign_to_feed(demo_content, client):
    home = _follow(client, "/")
    news_url = home.select_one('.site-nav a[aria-current], .site-nav a[href="/news/"]')["href"]

    news = _follow(client, news_url)
    topics = {option.get_text(): option["value"] for option in news.select("select[name=topic] option")}
    assert {"Online safety", "Child protection", "Care experience", "Research"} <= set(topics)
    years = [option["value"] for option in news.select("select[name=year] option") if option["value"]]
    assert len(years) >= 2

    filtered = _follow(client, f"{news_url}?topic={topics['Online safety']}&year=2017")
    cards = filtered.select(".card__title a")
    assert [a.get_text() for a in cards] == [
        "New campaign tackles increased threat of live streaming by online sex offenders"
    ]

    article = _follow(client, cards[0]["href"])
    assert "Published, 5 December 2017" in article.select_one(".article-date").get_text(" ", strip=True)
    campaign_url = article.select_one(".article-campaign a")["href"]
    assert campaign_url == "/campaigns/whoissam/"

    campaign = _follow(client, campaign_url)
    assert campaign.select_one(".campaign-hero__hashtag").get_text() == "#WhoIsSam"
    assert len(campaign.select(".campaign-news .card")) == 3  # the seed and two follow-ups (demo)

    feed_url = article.select_one('head link[type="application/rss+xml"]')["href"]
    feed = feedparser.parse(client.get(feed_url).content)
    assert not feed.bozo
    assert len(feed.entries) == 16  # every demo article (issue 16 added four)


def test_visitor_pages_through_the_demo_news(demo_content, client):
    first = _follow(client, "/news/")
    assert first.select_one(".result-count").get_text() == "16 articles"
    assert len(first.select(".card")) == 10

    second = _follow(client, "/news/" + first.select_one('.pagination a[rel="next"]')["href"])
    assert second.select_one('.pagination [aria-current="page"]').get_text() == "Page 2 of 2"
    # The oldest six of the sixteen demo articles, newest first: the seed article is the last.
    assert [a.get_text() for a in second.select(".card__title a")][-2:] == [
        "Talking to children about live streaming: a guide for parents and carers",
        "New campaign tackles increased threat of live streaming by online sex offenders",
    ]
    assert len(second.select(".card")) == 6
