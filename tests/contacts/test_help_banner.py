"""The "worried about a child?" banner on every page: editable, can be switched off, cleared on save."""

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from contacts.models import HelpSettings
from tests.contacts.factories import HelpPageFactory
from tests.news.factories import NewsArticlePageFactory


def _banner(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").select_one("aside.help-banner")


def _help_settings():
    return HelpSettings.for_site(Site.objects.get(is_default_site=True))


def test_banner_has_the_default_wording_and_link_before_anyone_edits_it(news_index, standard_page, client):
    article = NewsArticlePageFactory(parent=news_index)

    for url in ["/", "/news/", article.url, "/privacy-notice/"]:
        banner = _banner(client, url)
        assert (
            banner.get_text(" ", strip=True) == "Are you worried about a child? Find out who to talk to ."
        ), url
        assert banner.a["href"] == "/worried-about-a-child/"


def test_administrator_edits_the_wording_and_target_page(home, standard_page, client):
    help_page = HelpPageFactory(parent=home, slug="who-to-talk-to")
    client.get("/")  # the old banner is in the cache
    setting = _help_settings()
    setting.banner_question = "Worried about a young person?"
    setting.banner_link_text = "Get help now"
    setting.banner_page = help_page
    setting.save()

    for url in ["/", "/privacy-notice/"]:
        banner = _banner(client, url)
        assert banner.strong.get_text() == "Worried about a young person?"
        assert (banner.a["href"], banner.a.get_text()) == ("/who-to-talk-to/", "Get help now")


def test_banner_can_be_switched_off(home, standard_page, client):
    client.get("/")
    setting = _help_settings()
    setting.show_banner = False
    setting.save()

    assert _banner(client, "/") is None
    assert _banner(client, "/privacy-notice/") is None


def test_banner_falls_back_to_the_help_address_when_its_page_is_unpublished(home, client):
    help_page = HelpPageFactory(parent=home, slug="who-to-talk-to")
    setting = _help_settings()
    setting.banner_page = help_page
    setting.save()
    assert _banner(client, "/").a["href"] == "/who-to-talk-to/"

    help_page.unpublish()

    assert _banner(client, "/").a["href"] == "/worried-about-a-child/"


def test_banner_is_rendered_from_the_cache_without_touching_the_database(home, client):
    client.get("/")  # fills the fragment cache

    with CaptureQueriesContext(connection) as warm:
        client.get("/")

    assert not [query for query in warm.captured_queries if "contacts_helpsettings" in query["sql"]]
    # Showing the defaults never creates the setting: a page view writes nothing.
    assert not HelpSettings.objects.exists()
