"""Real Varnish in front of gunicorn: editors' changes show within a second; a down site stays readable.

The app servers purge Varnish through the site's frontend-cache settings on
publish, unpublish, move and settings changes, and only they may; while every
app server is down, Varnish serves the pages it has, and says they are stale.
"""

import contextlib
import time

import pytest
import requests
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Page, Site

from contacts.models import ContactDetails
from tests.celcis_site.page_cache.varnish_site import ARTICLE, fetch, purge_from, site_behind_varnish
from tests.markers import postgres_only, redis_only

pytestmark = [postgres_only, redis_only, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _cached(front, path):
    fetch(front, path)
    response = fetch(front, path)
    assert response.headers["X-Cache"] == "hit", path
    return response


def _seen_within_a_second(front, path, shows_the_change):
    changed_at = time.monotonic()
    while not shows_the_change(fetch(front, path)):
        assert time.monotonic() - changed_at < 1, f"{path} still served as it was"
        time.sleep(0.05)


def _unpublish_in_the_admin(front, page, editor):
    browser = Client()
    browser.force_login(editor)
    session = requests.Session()
    session.cookies.set("sessionid", browser.cookies["sessionid"].value)
    url = f"{front}/admin/pages/{page.pk}/unpublish/"
    form = session.get(url, timeout=10)
    token = BeautifulSoup(form.text, "html.parser").find("input", {"name": "csrfmiddlewaretoken"})["value"]
    response = session.post(url, {"csrfmiddlewaretoken": token}, allow_redirects=False, timeout=10)
    assert response.status_code == 302


def test_an_editors_change_shows_through_varnish_within_a_second_and_only_app_servers_may_purge(
    demo, settings
):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-2017-long-enough")
    with contextlib.ExitStack() as app_stack, site_behind_varnish(settings, app_stack) as site:
        for path in (ARTICLE, "/privacy-notice/"):
            _cached(site.front, path)

        # From an address outside the app servers' ACL: refused, and nothing is dropped.
        assert purge_from("127.0.0.3", site.front) == 403
        assert fetch(site.front, ARTICLE).headers["X-Cache"] == "hit"

        # Unpublished by an editor through Varnish, on the app server.
        _unpublish_in_the_admin(site.front, Page.objects.get(slug="privacy-notice"), editor)
        _seen_within_a_second(site.front, "/privacy-notice/", lambda r: r.status_code == 404)

        # The rest by this process, as by a second app server: a publish...
        article = Page.objects.get(url_path__endswith=ARTICLE.removeprefix("/news")).specific
        _cached(site.front, ARTICLE)
        _cached(site.front, "/news/")
        article.title = "#WhoIsSam: the campaign, revised"
        article.save_revision().publish()
        _seen_within_a_second(site.front, ARTICLE, lambda r: "the campaign, revised" in r.text)
        # Its listing is refetched too (the seed article is an old one, not on the first page).
        _seen_within_a_second(site.front, "/news/", lambda r: r.headers["X-Cache"] != "hit")

        # ...a move (the old address now redirects)...
        _cached(site.front, "/accessibility/")
        accessibility = Page.objects.get(slug="accessibility")
        accessibility.move(Page.objects.get(slug="privacy-notice"), pos="last-child")
        _seen_within_a_second(site.front, "/accessibility/", lambda r: r.status_code != 200)

        # ...and a setting shown in every page's footer, on an article three levels down.
        _cached(site.front, ARTICLE)
        details = ContactDetails.for_site(Site.objects.get(is_default_site=True))
        details.phone = "0141 444 9999"
        details.save()
        _seen_within_a_second(site.front, ARTICLE, lambda r: "0141 444 9999" in r.text)


def test_while_every_app_server_is_down_varnish_serves_stale_pages_and_says_so(demo, settings):
    with (
        contextlib.ExitStack() as app_stack,
        site_behind_varnish(
            # Pages go stale after a second, so the test need not wait for the usual five minutes.
            settings,
            app_stack,
            PAGE_CACHE_CDN_SECONDS="1",
        ) as site,
    ):
        fresh = _cached(site.front, ARTICLE)
        time.sleep(1.5)
        app_stack.close()  # the only app server stops

        down_at = time.monotonic()
        while (stale := fetch(site.front, ARTICLE)).headers["X-Cache"] != "stale: app servers unreachable":
            assert time.monotonic() - down_at < 15, stale.headers["X-Cache"]
            time.sleep(0.2)
        assert stale.status_code == 200
        assert stale.text == fresh.text

        # What Varnish never had cannot be served.
        assert fetch(site.front, "/campaigns/whoissam/").status_code == 503
