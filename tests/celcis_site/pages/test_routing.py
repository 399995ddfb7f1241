"""Routing through the cache (celcis_site/pages/routing.py): no query on the way to a page, never a stale way.

Each test warms the way to a page, changes what it runs through (a section's
slug, whether it is live, a site, a view restriction) and asks again at once.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from celcis_site.caching.versioned import bump
from celcis_site.pages.models import StandardPage
from news.models import NewsIndexPage

ARTICLE_SLUG = "new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders"
ARTICLE = f"/news/{ARTICLE_SLUG}/"

pytestmark = pytest.mark.django_db


def uncached_get(client, url, **extra):
    """The page itself, not the page cache's copy of it."""
    bump("page-cache", "routing test: measure the page itself")
    return client.get(url, **extra)


def test_the_site_and_the_sections_on_the_way_cost_no_query_once_known(client, demo):
    assert uncached_get(client, ARTICLE).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert uncached_get(client, ARTICLE).status_code == 200
    sql = [query["sql"] for query in captured.captured_queries]
    assert not [query for query in sql if "wagtailcore_site" in query]
    assert not [query for query in sql if "home_homepage" in query or "news_newsindexpage" in query]
    # The article itself is found by its index, live: one query, whatever the site's size.
    assert len([query for query in sql if ARTICLE_SLUG in query]) == 1
    # No view restriction anywhere on the way: Wagtail's two queries for them are not made.
    assert not [query for query in sql if "wagtailcore_pageviewrestriction" in query]


def test_a_renamed_section_answers_at_its_new_address_at_once(client, demo):
    assert uncached_get(client, ARTICLE).status_code == 200
    news = NewsIndexPage.objects.get()
    news.slug = "latest"
    news.save_revision().publish()
    assert uncached_get(client, f"/latest/{ARTICLE_SLUG}/").status_code == 200
    assert uncached_get(client, ARTICLE, follow=False).status_code != 200


def test_an_unpublished_section_and_what_is_below_it_are_gone_at_once(client, demo):
    help_page = Page.objects.get(url_path__endswith="/worried-about-a-child/")
    child = help_page.add_child(instance=StandardPage(title="Below help", slug="below-help"))
    child.save_revision().publish()
    assert uncached_get(client, "/worried-about-a-child/below-help/").status_code == 200
    help_page.specific.unpublish()
    assert uncached_get(client, "/worried-about-a-child/").status_code == 404
    # The page below is still live: Wagtail serves it, as before the cache.
    assert uncached_get(client, "/worried-about-a-child/below-help/").status_code == 200


def test_a_new_site_for_a_host_answers_from_its_own_root_at_once(client, demo):
    assert uncached_get(client, "/", HTTP_HOST="localhost").status_code == 200
    Site.objects.create(hostname="localhost", port=80, root_page=NewsIndexPage.objects.get())
    response = uncached_get(client, "/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response.context["page"].specific_class is NewsIndexPage
    assert uncached_get(client, f"/{ARTICLE_SLUG}/", HTTP_HOST="localhost").status_code == 200


def test_a_section_made_private_asks_visitors_to_sign_in_at_once(client, demo):
    assert uncached_get(client, ARTICLE).status_code == 200
    PageViewRestriction.objects.create(page=NewsIndexPage.objects.get(), restriction_type="login")
    response = uncached_get(client, ARTICLE)
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]


def test_an_unknown_address_is_not_found_and_not_remembered(client, demo):
    assert uncached_get(client, "/no-such-section/").status_code == 404
    home = Site.objects.get(is_default_site=True).root_page
    home.add_child(instance=StandardPage(title="Now there", slug="no-such-section")).save_revision().publish()
    assert uncached_get(client, "/no-such-section/").status_code == 200
