"""The middleware reads each visitor's choice once and enforces it on every response."""

import logging

import pytest
from bs4 import BeautifulSoup
from django.core import signing

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.models import CookiePolicy
from tests.celcis_site.consent.conftest import consent_cookie

COOKIE_URLS = "tests.celcis_site.consent.cookie_setting_urls"


def _banner(response):
    return BeautifulSoup(response.content, "html.parser").select_one("[data-cookie-banner]")


def _set_cookies(response):
    """Cookie name -> True if set, False if the response deletes it."""
    return {name: morsel["max-age"] != 0 for name, morsel in response.cookies.items()}


def test_first_visit_shows_the_banner_first_after_the_skip_link(client, cookie_policy):
    # The skip link stays the first thing; the quick exit (on sensitive pages) comes next so a phone
    # shows it on first paint (issue 16); then the banner, before the site's own content.
    response = client.get("/")

    body = BeautifulSoup(response.content, "html.parser").body
    skip_link = body.find(True)
    assert skip_link["class"] == ["skip-link"]
    first = skip_link.find_next_sibling(True)
    assert first.has_attr("data-cookie-banner")
    buttons = [button.get_text() for button in first.select("[data-cookie-banner-form] button")]
    assert buttons == [
        "Accept analytics, preferences and video cookies",
        "Reject analytics, preferences and video cookies",
    ]
    assert first.select_one('a[href="/cookies/"]').get_text() == "View cookies"
    assert response.cookies == {}


def test_a_visitor_who_chose_sees_no_banner(visitor_who_rejected):
    assert _banner(visitor_who_rejected.get("/")) is None


@pytest.mark.parametrize(
    "bad_value",
    [
        "",
        "yes",
        "1.analytics.preferences|0123456789abcdef0123456789abcdef",  # unsigned
        "1.analytics|0123456789abcdef0123456789abcdef:1:forged",
        "x" * 5000,
        '"quoted;value"',
        "1.analytics|notanid:abc:def",
    ],
)
def test_missing_malformed_or_forged_cookie_means_no_choice_and_never_an_error(
    client, cookie_policy, bad_value
):
    client.cookies[CONSENT_COOKIE_NAME] = bad_value

    response = client.get("/")

    assert response.status_code == 200
    assert _banner(response) is not None


def test_a_cookie_signed_with_another_key_is_ignored(client, cookie_policy, settings):
    value = consent_cookie(["analytics"])
    settings.SECRET_KEY = "another-key"
    client.cookies[CONSENT_COOKIE_NAME] = value

    assert _banner(client.get("/")) is not None


def test_raising_the_policy_version_makes_earlier_choices_outdated(visitor_who_rejected):
    assert _banner(visitor_who_rejected.get("/")) is None
    policy = CookiePolicy.objects.get()
    policy.version = 2
    policy.changes = "We added a second analytics cookie."
    policy.save()

    assert _banner(visitor_who_rejected.get("/")) is not None


def test_a_choice_older_than_twelve_months_is_asked_again(client, cookie_policy, monkeypatch):
    # Sign the cookie 366 days ago.
    import time

    now = time.time()
    monkeypatch.setattr(signing.time, "time", lambda: now - 366 * 24 * 3600)
    value = consent_cookie([])
    monkeypatch.setattr(signing.time, "time", lambda: now)
    client.cookies[CONSENT_COOKIE_NAME] = value

    assert _banner(client.get("/")) is not None


@pytest.mark.urls(COOKIE_URLS)
def test_optional_cookies_are_removed_until_the_visitor_accepts(client, cookie_policy):
    response = client.get("/test-sets-cookies/")

    assert _set_cookies(response) == {"messages": True}


@pytest.mark.urls(COOKIE_URLS)
def test_accepted_categories_keep_their_cookies_and_undeclared_ones_are_always_removed(
    visitor_who_accepted, caplog
):
    with caplog.at_level(logging.WARNING, logger="celcis_site.consent.middleware"):
        response = visitor_who_accepted.get("/test-sets-cookies/")

    assert _set_cookies(response) == {"messages": True, "celcis_analytics": True, "celcis_preferences": True}
    assert "Removed undeclared cookie 'undeclared_tracker'" in caplog.text


@pytest.mark.urls(COOKIE_URLS)
def test_only_the_accepted_category_is_kept(client, cookie_policy):
    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie(["preferences"])

    response = client.get("/test-sets-cookies/")

    assert _set_cookies(response) == {"messages": True, "celcis_preferences": True}


def test_cookies_of_a_refused_category_are_deleted_from_the_browser(visitor_who_rejected):
    visitor_who_rejected.cookies["celcis_analytics"] = "left-over"
    visitor_who_rejected.cookies["undeclared_tracker"] = "left-over"

    response = visitor_who_rejected.get("/")

    assert _set_cookies(response) == {"celcis_analytics": False, "undeclared_tracker": False}
    assert response.cookies["celcis_analytics"]["path"] == "/"


def test_essential_cookies_in_the_browser_are_left_alone(visitor_who_rejected):
    visitor_who_rejected.cookies["messages"] = "x"

    response = visitor_who_rejected.get("/")

    assert _set_cookies(response) == {}


def test_allows_tells_views_what_the_visitor_agreed_to(rf, cookie_policy):
    from celcis_site.consent.middleware import CookieConsentMiddleware

    seen = {}

    def view(request):
        consent = request.cookie_consent
        seen.update(
            {slug: consent.allows(slug) for slug in ("essential", "analytics", "preferences", "unknown")}
        )
        from django.http import HttpResponse

        return HttpResponse()

    request = rf.get("/")
    request.COOKIES[CONSENT_COOKIE_NAME] = consent_cookie(["analytics"])
    CookieConsentMiddleware(view)(request)

    assert seen == {"essential": True, "analytics": True, "preferences": False, "unknown": False}


def test_anonymous_pages_do_not_vary_on_the_cookie_header_or_carry_a_token(client, cookie_policy):
    for cookie in [None, consent_cookie([]), consent_cookie(["analytics"])]:
        if cookie:
            client.cookies[CONSENT_COOKIE_NAME] = cookie
        response = client.get("/")

        assert "cookie" not in response.get("Vary", "").lower()
        assert b"csrfmiddlewaretoken" not in response.content
        assert response.cookies == {}


def test_signed_in_editors_still_get_vary_cookie(admin_client, cookie_policy):
    response = admin_client.get("/")

    assert "Cookie" in response["Vary"]
