"""Cookie consent in Chromium, with and without JavaScript: banner, records, cookies page, new policy."""

import time
from concurrent.futures import ThreadPoolExecutor

from django.db import connection

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.models import ConsentRecord, CookiePolicy
from tests.browser.axe import assert_no_axe_violations

REJECT = "Reject analytics, preferences and video cookies"
ACCEPT = "Accept analytics, preferences and video cookies"
ESSENTIAL = {CONSENT_COOKIE_NAME, "sessionid", "csrftoken", "messages"}


def _wait_for_analytics_cookie(page, seconds=10):
    """Poll from Python: wait_for_function() evaluates a string in the page, which the CSP forbids."""
    deadline = time.monotonic() + seconds
    while "celcis_analytics=" not in page.evaluate("() => document.cookie"):
        assert time.monotonic() < deadline, "the analytics stand-in never set its cookie"
        page.wait_for_timeout(100)


def _from_database(query):
    """Run an ORM query in a thread of its own and close its connection.

    While Playwright's event loop runs in this thread, Django would open a
    connection here that nothing closes, and the test database could not be dropped.
    """

    def run():
        try:
            return query()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


def _records():
    return _from_database(lambda: list(ConsentRecord.objects.all()))


def _cookie_names(page):
    return {cookie["name"] for cookie in page.context.cookies()}


def _banner(page):
    return page.get_by_role("region", name="Cookies on CELCIS")


def _raise_policy_version():
    def raise_version():
        policy = CookiePolicy.objects.get()
        policy.version += 1
        policy.changes = "We added a cookie."
        policy.save()

    _from_database(raise_version)


def _save_cookie_settings(page, analytics):
    page.get_by_role("group", name="Do you want to accept analytics cookies?").get_by_label(analytics).check()
    page.get_by_role("button", name="Save cookie settings").click()
    page.get_by_text("You've set your cookie preferences.").wait_for()


def test_the_whole_consent_chain_with_javascript(demo_site, page, artifacts_dir):
    page.goto(demo_site + "/")
    banner = _banner(page)
    assert banner.get_by_role("heading", name="Cookies on CELCIS").is_visible()
    assert _cookie_names(page) <= ESSENTIAL
    assert_no_axe_violations(
        page, artifacts_dir, "cookie-banner-question", context="[data-cookie-banner]", options=None
    )

    # Rejecting happens in the background: the same document, the confirmation takes focus.
    page.evaluate("window.sameDocument = true")
    banner.get_by_role("button", name=REJECT).click()
    confirmation = banner.get_by_text("You've rejected additional cookies.")
    confirmation.wait_for()
    assert page.evaluate("window.sameDocument") is True
    assert page.evaluate("document.activeElement.dataset.cookieBannerConfirmation") == "rejected"
    assert not banner.get_by_role("button", name=REJECT).is_visible()
    assert _cookie_names(page) == {CONSENT_COOKIE_NAME}
    assert len(_records()) == 1
    assert_no_axe_violations(
        page, artifacts_dir, "cookie-banner-rejected", context="[data-cookie-banner]", options=None
    )
    banner.get_by_role("button", name="Hide cookie message").click()
    assert not banner.is_visible()

    # The cookies page changes the choice; the analytics stand-in then runs and sets its cookie.
    page.goto(demo_site + "/cookies/")
    _save_cookie_settings(page, "Yes")
    _wait_for_analytics_cookie(page)
    assert "celcis_analytics" in _cookie_names(page)
    record = _records()[0]
    assert (record.source, record.choices) == (
        "cookies-page",
        {"analytics": True, "preferences": False, "video": False},
    )

    # Withdrawing deletes it.
    _save_cookie_settings(page, "No")
    assert "celcis_analytics" not in _cookie_names(page)
    assert len(_records()) == 3
    assert len({record.consent_id for record in _records()}) == 1

    # A new policy version asks again.
    _raise_policy_version()
    page.goto(demo_site + "/news/")
    assert _banner(page).get_by_role("button", name=ACCEPT).is_visible()


def test_accepting_in_the_banner_starts_the_analytics_stand_in_without_a_reload(demo_site, page):
    page.goto(demo_site + "/")
    assert "celcis_analytics" not in _cookie_names(page)

    _banner(page).get_by_role("button", name=ACCEPT).click()

    _banner(page).get_by_text("You've accepted additional cookies.").wait_for()
    _wait_for_analytics_cookie(page)
    assert [record.choices for record in _records()] == [
        {"analytics": True, "preferences": True, "video": True}
    ]

    # Later page loads run it too (and the banner stays away).
    page.context.clear_cookies(name="celcis_analytics")
    page.goto(demo_site + "/news/")
    _wait_for_analytics_cookie(page)
    assert not _banner(page).is_visible()


def test_the_whole_consent_chain_without_javascript(demo_site, page_without_javascript, artifacts_dir):
    page = page_without_javascript
    page.goto(demo_site + "/news/")
    assert _banner(page).get_by_role("button", name=REJECT).is_visible()
    assert _cookie_names(page) <= ESSENTIAL

    _banner(page).get_by_role("button", name=REJECT).click()

    assert page.url == demo_site + "/news/?cookie-choice=rejected"
    assert (
        _banner(page)
        .get_by_text("You've rejected additional cookies. You can change your cookie settings at any time.")
        .is_visible()
    )
    assert _cookie_names(page) == {CONSENT_COOKIE_NAME}
    assert [record.choices for record in _records()] == [
        {"analytics": False, "preferences": False, "video": False}
    ]
    page.screenshot(path=artifacts_dir / "cookie-banner-rejected-without-javascript.png", full_page=True)

    _banner(page).get_by_role("button", name="Hide cookie message").click()
    assert page.url.rstrip("?") == demo_site + "/news/"
    assert not _banner(page).is_visible()

    page.goto(demo_site + "/cookies/")
    _save_cookie_settings(page, "Yes")
    assert _records()[0].choices == {"analytics": True, "preferences": False, "video": False}
    # No JavaScript, so the analytics script cannot run, and nothing else may set its cookie.
    assert _cookie_names(page) == {CONSENT_COOKIE_NAME}

    _raise_policy_version()
    page.goto(demo_site + "/")
    assert _banner(page).get_by_role("button", name=ACCEPT).is_visible()
