"""Query budgets: the news pages cost a fixed, small number of queries, however many articles there are.

Each page is requested once first (the warm-up generates image renditions and
fills the caches, as the first visitor would), then measured. The demo site
is loaded for a realistic header, footer and campaign; its articles are
replaced by generated ones, every one with a listing image and in the
campaign, so each card and each link is exercised.
"""

import io

import pytest
from django.core.management import call_command
from wagtail.images.models import Image
from wagtail.rich_text import RichText

from celcis_site.caching.versioned import bump
from news.models import CampaignPage, NewsArticlePage, Topic

ARTICLE_PAGE_BUDGET = 2
NEWS_INDEX_BUDGET = 2
# The news index just after a change, its cards rendered afresh: the articles, then their renditions.
NEWS_CARDS_BUDGET = NEWS_INDEX_BUDGET + 2
CAMPAIGN_PAGE_BUDGET = 2


@pytest.fixture
def demo_site(demo_content):
    for article in NewsArticlePage.objects.all():
        article.delete()
    return CampaignPage.objects.get(slug="whoissam")


def publish_articles(count, campaign):
    call_command("generate_articles", "--count", str(count), "--seed", str(count), stdout=io.StringIO())
    images = list(Image.objects.all())
    shared_topic = Topic.objects.first()
    for number, article in enumerate(NewsArticlePage.objects.order_by("pk")):
        # Distinct images where possible, so renditions are looked up for several at once.
        NewsArticlePage.objects.filter(pk=article.pk).update(
            listing_image=images[number % len(images)], campaign=campaign
        )
        # One topic in common: every article has related articles to show.
        NewsArticlePage.topics.through.objects.get_or_create(newsarticlepage=article, topic=shared_topic)


def article_with_every_kind_of_block():
    """The newest article, its body rewritten by an editor to use the blocks generated articles use.

    Not measured: links to other pages inside rich text, which Wagtail resolves
    with two queries per paragraph that has them.
    """
    article = newest_article()
    image = Image.objects.first()
    article.body = [
        ("heading", {"text": "Why this matters", "level": "h2"}),
        (
            "paragraph",
            RichText('<p>See <a href="https://www.nspcc.org.uk/">the NSPCC</a>.</p>'),
        ),
        ("image", {"image": image, "caption": "A picture."}),
        ("quote", {"quote": "Listen to children.", "attribution": "A foster carer"}),
        ("key_facts", {"heading": "Key facts", "facts": ["One", "Two"]}),
    ]
    article.save_revision().publish()
    return article


def newest_article():
    return NewsArticlePage.objects.order_by("-publication_date", "-pk").first()


def warm_up(client, url):
    assert client.get(url).status_code == 200


def measure(client, url, assert_queries, limit, *, cards_cached=True):
    warm_up(client, url)
    # What a visitor pays when the page is not in the full-page cache (a hit costs no query).
    bump("page-cache", "query budget: measure the page itself")
    if not cards_cached:
        # As after an editor's change: the cards rendered afresh (news/fragments.py).
        bump("news-fragments", "query budget: render the cards")
    with assert_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200
    # A copy: the query log is cleared when more articles are generated.
    return list(captured.captured_queries)


def test_article_page_costs_the_same_with_3_or_30_articles_and_stays_in_budget(
    demo_site, client, django_assert_max_num_queries, django_assert_num_queries
):
    publish_articles(3, demo_site)
    few = measure(
        client, article_with_every_kind_of_block().url, django_assert_max_num_queries, ARTICLE_PAGE_BUDGET
    )

    publish_articles(27, demo_site)
    measure(client, article_with_every_kind_of_block().url, django_assert_num_queries, len(few))


def test_news_index_costs_the_same_for_3_or_30_articles_on_any_page_and_stays_in_budget(
    demo_site, client, django_assert_max_num_queries, django_assert_num_queries
):
    publish_articles(3, demo_site)
    few = measure(client, "/news/", django_assert_max_num_queries, NEWS_INDEX_BUDGET)

    publish_articles(27, demo_site)
    for url in ["/news/", "/news/?page=2", "/news/?page=3"]:
        measure(client, url, django_assert_num_queries, len(few))


def test_filtered_news_index_stays_in_budget(demo_site, client, django_assert_max_num_queries):
    publish_articles(30, demo_site)
    article = newest_article()
    topic = article.topics.first()

    for query in [f"?topic={topic.slug}", f"?year={article.publication_date.year}&page=2"]:
        measure(client, f"/news/{query}", django_assert_max_num_queries, NEWS_INDEX_BUDGET)


def test_campaign_page_costs_the_same_with_3_or_30_articles_and_stays_in_budget(
    demo_site, client, django_assert_max_num_queries, django_assert_num_queries
):
    publish_articles(3, demo_site)
    few = measure(client, demo_site.url, django_assert_max_num_queries, CAMPAIGN_PAGE_BUDGET)

    publish_articles(27, demo_site)
    measure(client, demo_site.url, django_assert_num_queries, len(few))


def test_listing_renditions_come_in_one_query_for_the_whole_page(
    demo_site, client, django_assert_max_num_queries
):
    publish_articles(30, demo_site)

    captured = measure(client, "/news/", django_assert_max_num_queries, NEWS_CARDS_BUDGET, cards_cached=False)

    rendition_queries = [q for q in captured if "wagtailimages_rendition" in q["sql"]]
    assert len(rendition_queries) == 1
    assert "INSERT" not in rendition_queries[0]["sql"]
