"""News shown as cached HTML (news/fragments.py): around an article, on the home page; never stale."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from news.models import NewsArticlePage
from tests.news.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    NewsArticlePageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def article(news_index, title, year):
    return NewsArticlePageFactory(parent=news_index, title=title, publication_date=datetime.date(year, 1, 1))


@pytest.fixture
def story_and_related(news_index):
    topic = TopicFactory(name="Kinship care", slug="kinship-care")
    related = article(news_index, "Older story", 2020)
    story = article(news_index, "Story", 2025)
    for page in (related, story):
        page.topics.set([topic])
        page.save_revision().publish()
    return story, related.specific


def topic_names(html):
    return [link.get_text() for link in BeautifulSoup(html, "html.parser").select(".topic-list a")]


def related_titles(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return [link.get_text() for link in soup.select(".related-articles .card__title a")]


def test_a_related_article_retitled_shows_at_once(story_and_related, client):
    story, related = story_and_related
    assert related_titles(client, story) == ["Older story"]
    related.title = "Older story, retitled"
    related.save_revision().publish()
    assert related_titles(client, story) == ["Older story, retitled"]


def test_a_related_article_made_private_leaves_at_once(story_and_related, client):
    story, related = story_and_related
    assert related_titles(client, story) == ["Older story"]
    PageViewRestriction.objects.create(page=related, restriction_type=PageViewRestriction.LOGIN)
    assert related_titles(client, story) == []


def test_a_newer_article_on_the_topic_shows_at_once(story_and_related, news_index, client):
    story, _ = story_and_related
    assert related_titles(client, story) == ["Older story"]
    newer = article(news_index, "Newer story", 2024)
    newer.topics.set(story.topics.all())
    newer.save_revision().publish()
    assert related_titles(client, story) == ["Newer story", "Older story"]


def test_a_preview_shows_the_drafts_topics_not_the_live_ones(story_and_related, client):
    story, _ = story_and_related
    client.get(story.url)
    draft = NewsArticlePage.objects.get(pk=story.pk)
    draft.topics.set([TopicFactory(name="Only in the draft", slug="only-in-the-draft")])
    assert topic_names(draft.make_preview_request().content) == ["Only in the draft"]
    assert topic_names(client.get(story.url).content) == ["Kinship care"]


def home_news_titles(client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    return [link.get_text() for link in soup.select("#latest-news-heading ~ ul .card__title a")]


def test_a_new_article_shows_on_the_home_page_at_once(story_and_related, news_index, client):
    assert home_news_titles(client) == ["Story", "Older story"]
    article(news_index, "Breaking", 2026).save_revision().publish()
    assert home_news_titles(client) == ["Breaking", "Story", "Older story"]


def test_a_retitled_article_shows_on_the_news_index_at_once(story_and_related, client):
    def index_titles():
        soup = BeautifulSoup(client.get("/news/").content, "html.parser")
        return [link.get_text() for link in soup.select(".card__title a")]

    _, related = story_and_related
    assert index_titles() == ["Story", "Older story"]
    related.title = "Older story, retitled"
    related.save_revision().publish()
    assert index_titles() == ["Story", "Older story, retitled"]


def test_a_new_article_in_a_campaign_shows_on_its_page_at_once(news_index, home, client):
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home))

    def campaign_news():
        soup = BeautifulSoup(client.get(campaign.url).content, "html.parser")
        return [link.get_text() for link in soup.select(".campaign-news .card__title a")]

    assert campaign_news() == []
    article(news_index, "Part of it", 2025).save()
    NewsArticlePage.objects.get(title="Part of it").save_revision().publish()
    assert campaign_news() == []
    joined = NewsArticlePage.objects.get(title="Part of it")
    joined.campaign = campaign
    joined.save_revision().publish()
    assert campaign_news() == ["Part of it"]
