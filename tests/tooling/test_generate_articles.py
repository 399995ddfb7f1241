"""`generate_articles`: bulk-made articles behave exactly like articles an editor made in the admin."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from wagtail.models import Page, PageLogEntry, ReferenceIndex

from news.models import NewsArticlePage, NewsIndexPage
from tests.news.factories import NewsArticlePageFactory

UNTIL = datetime.date(2026, 6, 30)


def generate(count, *, seed=7, batch_size=1000):
    call_command(
        "generate_articles",
        "--count",
        str(count),
        "--seed",
        str(seed),
        "--batch-size",
        str(batch_size),
        "--until",
        UNTIL.isoformat(),
    )


@pytest.fixture
def generated(news_index):
    # An editor's article first: generated ones must go after it in the tree.
    NewsArticlePageFactory(parent=news_index, title="Written by an editor")
    generate(200, batch_size=64)
    return NewsArticlePage.objects.child_of(news_index).exclude(title="Written by an editor")


def test_generates_the_count_asked_for_as_live_pages_with_a_published_revision(news_index, generated):
    assert generated.count() == 200
    for article in generated.select_related("latest_revision"):
        assert article.live
        assert not article.has_unpublished_changes
        assert article.live_revision_id == article.latest_revision_id
        assert article.latest_revision.as_object().title == article.title
        assert article.first_published_at is not None
        assert article.draft_title == article.title
        assert article.url_path == f"{news_index.url_path}{article.slug}/"


def test_the_page_tree_has_no_problems_and_counts_its_children(news_index, generated):
    assert all(problems == [] for problems in Page.find_problems())
    news_index.refresh_from_db()
    assert news_index.numchild == 201 == news_index.get_children().count()


def test_articles_are_varied_and_spread_over_ten_years(generated):
    dates = list(generated.values_list("publication_date", flat=True))
    assert min(dates) >= UNTIL.replace(year=UNTIL.year - 10)
    assert max(dates) <= UNTIL
    assert len({date.year for date in dates}) >= 9
    assert len(set(generated.values_list("title", flat=True))) > 50
    assert all(article.topics.exists() for article in generated[:20])
    block_types = {block.block_type for article in generated[:50] for block in article.body}
    assert {"heading", "paragraph"} <= block_types
    assert len(block_types) >= 4


def test_the_same_seed_gives_the_same_articles_and_new_slugs(news_index):
    generate(5, seed=3)
    generate(5, seed=3)

    articles = list(NewsArticlePage.objects.child_of(news_index).order_by("path"))
    first, second = articles[:5], articles[5:]
    assert [a.title for a in first] == [a.title for a in second]
    assert [a.introduction for a in first] == [a.introduction for a in second]
    assert len({a.slug for a in articles}) == 10


def test_a_generated_article_opens_in_the_admin_and_republishes(generated, admin_client, client):
    article = generated.order_by("path").last()

    assert admin_client.get(f"/admin/pages/{article.pk}/edit/").status_code == 200
    assert admin_client.get(f"/admin/pages/{article.pk}/history/").status_code == 200

    article.title = "Edited after generation"
    article.save_revision().publish()

    response = client.get(article.url)
    assert response.status_code == 200
    assert "Edited after generation" in response.content.decode()
    assert article.revisions.count() == 2


def test_a_generated_article_is_valid_as_the_admin_form_would_check(generated):
    for article in generated[:20]:
        article.full_clean()


def test_history_shows_creation_and_publication(generated):
    article = generated.first()

    actions = set(PageLogEntry.objects.filter(page=article).values_list("action", flat=True))
    assert actions == {"wagtail.create", "wagtail.publish"}


def test_reference_index_already_holds_what_wagtail_would_record(generated):
    with_image = [article for article in generated if article.listing_image_id][:10]
    assert with_image
    for article in with_image:
        before = set(
            ReferenceIndex.objects.filter(object_id=str(article.pk)).values_list("model_path", "to_object_id")
        )
        assert ("listing_image", str(article.listing_image_id)) in before

        ReferenceIndex.create_or_update_for_object(article)

        after = set(
            ReferenceIndex.objects.filter(object_id=str(article.pk)).values_list("model_path", "to_object_id")
        )
        assert after == before


def test_generated_articles_appear_in_the_index_and_the_feeds(generated, client):
    newest = generated.order_by("-publication_date", "-pk").first()

    index = BeautifulSoup(client.get("/news/").content, "html.parser")
    assert index.select_one(".card__title a").get_text() == newest.title
    assert index.select_one(".result-count").get_text() == "201 articles"
    assert newest.title in client.get("/news/feed/").content.decode()
    assert client.get("/news/", {"page": "21"}).status_code == 200


def test_generated_articles_are_found_by_search_after_update_index(generated, client):
    article = generated.first()
    article.title = "Zanzibarian generated article"
    article.save_revision().publish()
    untouched = generated.exclude(pk=article.pk).first()
    call_command("update_index", verbosity=0)

    response = client.get("/search/", {"q": "Zanzibarian"})
    assert article.title in response.content.decode()
    response = client.get("/search/", {"q": untouched.title})
    titles = [
        a.get_text() for a in BeautifulSoup(response.content, "html.parser").select(".search-results h2 a")
    ]
    assert untouched.title in titles


def test_refuses_a_count_below_one(news_index):
    with pytest.raises(CommandError):
        generate(0)
    assert not NewsArticlePage.objects.exists()


def test_says_what_to_do_when_there_is_no_news_index(home):
    assert not NewsIndexPage.objects.exists()
    with pytest.raises(CommandError, match="no news index"):
        generate(3)
