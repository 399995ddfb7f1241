"""What an article shows below its body, and what it tells search engines and social sites."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail_factories import ImageFactory

from news.models import NewsArticlePage, RelatedArticle
from tests.news.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    NewsArticlePageFactory,
    TopicFactory,
)


def _soup(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser")


@pytest.fixture
def online_safety(db):
    return TopicFactory(name="Online safety", slug="online-safety")


def _article(news_index, title, *topics, **fields):
    article = NewsArticlePageFactory(parent=news_index, title=title, **fields)
    article.topics.set(topics)
    article.save()
    return article


def test_topics_link_to_the_filtered_news_index(news_index, online_safety, client):
    article = _article(news_index, "Story", online_safety)

    links = _soup(client, article.url).select(".topic-list a")

    assert [(a.get_text(), a["href"]) for a in links] == [("Online safety", "/news/?topic=online-safety")]


def test_article_links_to_its_campaign(home, news_index, client):
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home))
    article = NewsArticlePageFactory(parent=news_index, campaign=campaign)

    link = _soup(client, article.url).select_one(".article-campaign a")

    assert link["href"] == "/campaigns/whoissam/"
    assert link.get_text() == "#WhoIsSam (#WhoIsSam)"


def test_related_articles_default_to_the_latest_sharing_a_topic(news_index, online_safety, client):
    other_topic = TopicFactory()
    for year in (2018, 2019, 2020, 2021):
        _article(news_index, f"Online {year}", online_safety, publication_date=datetime.date(year, 1, 1))
    _article(news_index, "Unrelated", other_topic, publication_date=datetime.date(2024, 1, 1))
    article = _article(news_index, "Story", online_safety, publication_date=datetime.date(2025, 1, 1))

    titles = [a.get_text() for a in _soup(client, article.url).select(".related-articles .card__title a")]

    assert titles == ["Online 2021", "Online 2020", "Online 2019"]


def test_related_articles_chosen_by_the_editor_win(news_index, online_safety, client):
    _article(news_index, "Shares a topic", online_safety)
    chosen = NewsArticlePageFactory(parent=news_index, title="Chosen")
    article = _article(news_index, "Story", online_safety)
    RelatedArticle.objects.create(article=article, related=chosen)

    titles = [a.get_text() for a in _soup(client, article.url).select(".related-articles .card__title a")]

    assert titles == ["Chosen"]


def test_article_carries_news_article_structured_data(news_index, client):
    image = ImageFactory(title="Banner")
    article = NewsArticlePageFactory(
        parent=news_index,
        title="A </script> headline",
        slug="story",
        publication_date=datetime.date(2017, 12, 5),
        listing_image=image,
    )

    script = _soup(client, article.url).select_one('script[type="application/ld+json"]')
    data = json.loads(script.string)

    assert "</script>" not in script.string
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "A </script> headline"
    assert data["datePublished"] == "2017-12-05"
    assert data["author"] == {"@type": "Organization", "name": "CELCIS", "url": "http://testserver/"}
    assert data["mainEntityOfPage"] == "http://testserver/news/story/"
    assert data["image"][0].startswith("http://testserver/media/images/")


def test_social_tags_fall_back_from_meta_description_to_introduction(news_index, client):
    with_description = NewsArticlePageFactory(
        parent=news_index, search_description="For search engines.", introduction="Intro."
    )
    without = NewsArticlePageFactory(parent=news_index, introduction="The introduction.")

    soup = _soup(client, with_description.url)
    assert soup.select_one('meta[property="og:description"]')["content"] == "For search engines."
    assert soup.select_one('meta[name="description"]')["content"] == "For search engines."
    soup = _soup(client, without.url)
    assert soup.select_one('meta[property="og:description"]')["content"] == "The introduction."
    assert soup.select_one('meta[name="twitter:description"]')["content"] == "The introduction."
    assert soup.select_one('meta[property="og:type"]')["content"] == "article"
    assert soup.select_one('link[rel="canonical"]')["href"] == f"http://testserver{without.url}"


def test_social_image_prefers_the_social_image_then_the_listing_image(news_index, client):
    article = NewsArticlePageFactory(parent=news_index, listing_image=ImageFactory(title="Listing"))

    soup = _soup(client, article.url)
    assert soup.select_one('meta[name="twitter:card"]')["content"] == "summary_large_image"
    assert soup.select_one('meta[property="og:image"]')["content"].endswith(".fill-1200x630.jpg")

    social = ImageFactory(title="Social", file__filename="social.jpg")
    article.social_image = social
    article.save()
    soup = _soup(client, article.url)
    assert "/media/images/social" in soup.select_one('meta[property="og:image"]')["content"]


@pytest.mark.parametrize("slug", ["feed", "news-pages"])
def test_an_article_cannot_take_a_slug_the_index_answers_itself(news_index, slug):
    article = NewsArticlePage(title="Feed", slug=slug, introduction="x", body=[])

    with pytest.raises(ValidationError, match="address the news index uses"):
        news_index.add_child(instance=article)
