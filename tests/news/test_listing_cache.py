"""The news index's cached count and years follow every publish, unpublish and bulk import at once."""

import datetime
import io

from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from tests.news.factories import NewsArticlePageFactory


def shown(client):
    soup = BeautifulSoup(client.get("/news/").content, "html.parser")
    years = [option["value"] for option in soup.select("select[name=year] option") if option["value"]]
    return soup.select_one(".result-count").get_text(), years


def test_publishing_an_article_updates_the_count_and_the_years_at_once(news_index, client):
    NewsArticlePageFactory(parent=news_index, publication_date=datetime.date(2020, 5, 1))
    assert shown(client) == ("1 article", ["2020"])

    NewsArticlePageFactory(parent=news_index, publication_date=datetime.date(2011, 5, 1))

    assert shown(client) == ("2 articles", ["2020", "2011"])


def test_unpublishing_an_article_updates_the_count_and_the_years_at_once(news_index, client):
    NewsArticlePageFactory(parent=news_index, publication_date=datetime.date(2020, 5, 1))
    old = NewsArticlePageFactory(parent=news_index, publication_date=datetime.date(2011, 5, 1))
    assert shown(client) == ("2 articles", ["2020", "2011"])

    old.unpublish()

    assert shown(client) == ("1 article", ["2020"])


def test_a_topic_filter_counts_only_its_articles(news_index, client):
    article = NewsArticlePageFactory(parent=news_index)
    NewsArticlePageFactory(parent=news_index)
    call_command("generate_articles", "--count", "1", stdout=io.StringIO())
    article.topics.set([article.topics.model.objects.first()])
    article.save_revision().publish()
    topic = article.topics.first()

    soup = BeautifulSoup(client.get("/news/", {"topic": topic.slug}).content, "html.parser")
    expected = topic.articles.live().count()
    assert soup.select_one(".result-count").get_text().startswith(f"{expected} article")
    assert shown(client)[0] == "3 articles"


def test_generated_articles_are_counted_at_once(news_index, client):
    NewsArticlePageFactory(parent=news_index)
    assert shown(client)[0] == "1 article"

    call_command("generate_articles", "--count", "12", stdout=io.StringIO())

    assert shown(client)[0] == "13 articles"


def test_a_newly_private_article_leaves_the_listing_at_once(news_index, client):
    NewsArticlePageFactory(parent=news_index, title="Public")
    private = NewsArticlePageFactory(parent=news_index, title="Members only")
    assert shown(client)[0] == "2 articles"

    restriction = PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    soup = BeautifulSoup(client.get("/news/").content, "html.parser")
    assert [a.get_text() for a in soup.select(".card__title a")] == ["Public"]

    restriction.delete()

    assert shown(client)[0] == "2 articles"
