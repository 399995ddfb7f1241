"""Real Varnish in front of gunicorn shares anonymous pages per consent state and nothing personal.

Each visitor gets, through Varnish, the page the site renders for their own
consent state; copies are shared only within a state; a session, a POST, the
admin, search and the cookie settings go straight to the site; a response that
sets a cookie or is private is never stored; shared HTML is gzipped, pages with
tokens are not.
"""

import contextlib

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.state import read_consent
from tests.celcis_site.consent.conftest import consent_cookie
from tests.celcis_site.page_cache.varnish_site import ARTICLE, fetch, site_behind_varnish
from tests.markers import postgres_only, redis_only

pytestmark = [postgres_only, redis_only, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def site(demo, settings):
    with contextlib.ExitStack() as app_stack, site_behind_varnish(settings, app_stack) as site:
        yield site


def _banner(html):
    """The cookie banner as this visitor sees it (which part is shown), or None."""
    banner = BeautifulSoup(html, "html.parser").select_one("[data-cookie-banner]")
    return None if banner is None else str(banner)


def _each_state_gets_its_own_page(site):
    accepted, rejected = consent_cookie(["analytics", "preferences"]), consent_cookie([])
    accepted_state = accepted.partition("|")[0]
    # Claims the accepted state without a valid signature (as an expired choice would, though the
    # browser drops the cookie when the choice lapses): the site renders "undecided" for it.
    forged = f"{accepted_state}|0123456789abcdef0123456789abcdef:x:y"
    visitors = {"forged": forged, "first visit": None, "accepted": accepted, "rejected": rejected}
    for path in ("/", ARTICLE, "/?cookie-choice=accepted"):
        rendered = {
            name: _banner(fetch(site.app, path, {CONSENT_COOKIE_NAME: cookie} if cookie else None).text)
            for name, cookie in visitors.items()
        }
        assert rendered["forged"] == rendered["first visit"] != rendered["accepted"]
        for round_ in ("fill", "again"):
            for name, cookie in visitors.items():
                response = fetch(site.front, path, {CONSENT_COOKIE_NAME: cookie} if cookie else None)
                assert response.status_code == 200
                if name == "forged" and round_ == "fill":
                    # Rendered for "undecided", so never stored under the accepted state's key.
                    assert response.headers["X-Cache"] == "uncacheable"
                    assert _banner(response.text) == rendered["first visit"]
                    continue
                # Varnish cannot check a signature: a forged cookie gets the state it claims, nothing more.
                expected_page = rendered["accepted" if name == "forged" else name]
                assert _banner(response.text) == expected_page, (path, round_, name)
                assert response.headers["X-Cache"] == ("miss" if round_ == "fill" else "hit"), (path, name)


def _one_copy_per_state_whatever_other_cookies_are_sent(site):
    first, second = consent_cookie(["analytics"]), consent_cookie(["analytics"])
    assert fetch(site.front, ARTICLE, {CONSENT_COOKIE_NAME: first}).headers["X-Cache"] == "miss"

    shared = fetch(
        site.front,
        ARTICLE,
        {CONSENT_COOKIE_NAME: second, "celcis_analytics": "1", "csrftoken": "x" * 32, "_ga": "tracker"},
    )
    assert shared.headers["X-Cache"] == "hit"
    assert read_consent(first).consent_id not in shared.text
    assert "Set-Cookie" not in shared.headers


def _shared_html_is_gzipped(site):
    gzip = {"Accept-Encoding": "gzip"}
    fetch(site.front, "/news/", headers=gzip)
    shared = fetch(site.front, "/news/", headers=gzip)
    assert shared.headers["X-Cache"] == "hit"
    assert shared.headers["Content-Encoding"] == "gzip"
    # A client that cannot take gzip still gets the page.
    plain = fetch(site.front, "/news/", headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    assert plain.text == shared.text


def test_anonymous_visitors_share_gzipped_copies_per_consent_state_and_never_get_another_states(site):
    _each_state_gets_its_own_page(site)
    _one_copy_per_state_whatever_other_cookies_are_sent(site)
    _shared_html_is_gzipped(site)


def _a_signed_in_editor_always_gets_their_own_page(site):
    for _ in range(2):
        anonymous = fetch(site.front, ARTICLE)
    assert anonymous.headers["X-Cache"] == "hit"
    assert "wagtail-userbar" not in anonymous.text

    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-2017-long-enough")
    browser = Client()
    browser.force_login(editor)
    session = {"sessionid": browser.cookies["sessionid"].value}
    for _ in range(2):
        signed_in = fetch(site.front, ARTICLE, session)
        assert signed_in.headers["X-Cache"] == "pass"
        assert "wagtail-userbar" in signed_in.text

    again = fetch(site.front, ARTICLE)
    assert again.headers["X-Cache"] == "hit"
    assert "wagtail-userbar" not in again.text


def _posts_admin_search_cookie_settings_and_messages_go_to_the_site(site):
    requests_ = [
        ("GET", "/admin/login/", None),
        ("GET", "/search/?q=campaign", None),
        ("GET", "/cookies/", None),
        ("POST", "/contact/", None),
        ("GET", "/", {"messages": "pending"}),
    ]
    for method, path, cookies in requests_:
        for _ in range(2):
            response = fetch(site.front, path, cookies, method=method)
            assert response.headers["X-Cache"] == "pass", (method, path, response.status_code)


def _responses_that_set_a_cookie_or_are_private_are_never_stored(site):
    for _ in range(2):
        form = fetch(site.front, "/contact/")
        assert form.status_code == 200
        assert form.headers["X-Cache"] == "uncacheable"
        # Every visitor gets their own form token, never another's.
        assert "csrftoken" in form.cookies

        missing = fetch(site.front, "/no-such-page/")
        assert missing.status_code == 404
        assert "private" in missing.headers["Cache-Control"]
        assert missing.headers["X-Cache"] == "uncacheable"


def _pages_with_tokens_are_not_compressed(site):
    for path in ("/admin/login/", "/contact/"):
        with_token = fetch(site.front, path, headers={"Accept-Encoding": "gzip"})
        assert "csrfmiddlewaretoken" in with_token.text
        assert "Content-Encoding" not in with_token.headers, path


def test_nothing_personal_private_or_setting_a_cookie_is_ever_served_from_the_cache(site):
    _a_signed_in_editor_always_gets_their_own_page(site)
    _posts_admin_search_cookie_settings_and_messages_go_to_the_site(site)
    _responses_that_set_a_cookie_or_are_private_are_never_stored(site)
    _pages_with_tokens_are_not_compressed(site)
