"""In Chromium: quick exit on the help page, and the contact form with and without JavaScript.

The neutral site is intercepted with page.route and answered locally, and any
other outside address is aborted: the browser never reaches the internet.
"""

import re

import pytest
from django.core import mail
from django.db import connection
from wagtail.contrib.forms.models import FormSubmission

from tests.browser.axe import assert_no_axe_violations

NEUTRAL_URL = "https://www.bbc.co.uk/weather"


@pytest.fixture
def offline(page):
    """The JavaScript page, cut off from everything but the live server; the neutral site answered here."""
    return _offline(page)


@pytest.fixture
def offline_without_javascript(page_without_javascript):
    return _offline(page_without_javascript)


def _offline(page):
    outside_requests = []

    def refuse(route):
        outside_requests.append(route.request.url)
        route.abort()

    # Routes registered later are tried first: the neutral site, then everything outside.
    page.route(re.compile(r"^(?!https?://(localhost|127\.0\.0\.1)[:/]).*"), refuse)
    page.route(
        NEUTRAL_URL + "*",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>BBC Weather</title><h1>Weather</h1>"
        ),
    )
    page.outside_requests = outside_requests
    return page


def _stored_enquiries():
    """What the contact form stored, read from the test's side of the live server.

    With Playwright's event loop running, this thread gets a connection of its
    own; closing it afterwards leaves no session to block the test database's removal.
    """
    try:
        return [submission.form_data for submission in FormSubmission.objects.order_by("pk")]
    finally:
        connection.close()


def test_pressing_shift_three_times_replaces_the_help_page_with_the_neutral_site(demo_site, offline):
    page = offline
    page.goto(demo_site + "/")
    page.get_by_role("complementary", name="Help for a worried adult or child").get_by_role(
        "link", name="Find out who to talk to"
    ).click()
    page.wait_for_url(demo_site + "/worried-about-a-child/")
    page.evaluate(
        """() => {
            localStorage.setItem('visited', 'help');
            sessionStorage.setItem('visited', 'help');
            document.cookie = 'recently_viewed=help; path=/';
        }"""
    )

    page.keyboard.press("Shift")
    assert page.locator("[data-quick-exit-status]").inner_text() == "Shift, press 2 more times to exit."
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")

    page.wait_for_url(NEUTRAL_URL)
    assert page.title() == "BBC Weather"
    # location.replace: Back goes to the page before the help page, not to it.
    page.go_back()
    page.wait_for_url(demo_site + "/")
    assert page.evaluate("localStorage.length") == 0
    assert page.evaluate("sessionStorage.length") == 0
    assert "recently_viewed" not in page.evaluate("document.cookie")
    assert page.outside_requests == []


def test_typing_capitals_never_triggers_quick_exit(demo_site, offline):
    page = offline
    page.goto(demo_site + "/worried-about-a-child/")
    page.get_by_role("searchbox", name="Search the site").click()

    page.keyboard.type("ABC")

    assert page.url == demo_site + "/worried-about-a-child/"
    assert page.get_by_role("searchbox", name="Search the site").input_value() == "ABC"


def test_exit_button_is_reached_by_keyboard_and_leaves_at_once(demo_site, offline):
    page = offline
    # A visitor who has answered the cookie banner (while it asks, it comes before the skip link).
    page.goto(demo_site + "/worried-about-a-child/")
    page.get_by_role("button", name="Reject analytics, preferences and video cookies").click()
    page.get_by_text("You've rejected additional cookies.").wait_for()
    page.goto(demo_site + "/worried-about-a-child/")

    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert re.sub(r"\s+", " ", focused) == "Emergency Exit this page"
    assert page.get_by_text("Or press Shift 3 times.").is_visible()
    page.keyboard.press("Enter")

    page.wait_for_url(NEUTRAL_URL)
    assert page.outside_requests == []


def test_without_javascript_the_exit_button_is_a_plain_link(demo_site, offline_without_javascript):
    page = offline_without_javascript
    page.goto(demo_site + "/worried-about-a-child/")

    assert not page.get_by_text("Or press Shift 3 times.").is_visible()
    page.get_by_role("link", name="Emergency Exit this page").click()

    page.wait_for_url(NEUTRAL_URL)
    assert page.title() == "BBC Weather"


def _fill_contact_form(page):
    page.get_by_label("Your name", exact=True).fill("Alex Morgan")
    page.get_by_label("Your email address", exact=True).fill("alex@example.org")
    page.get_by_label("The subject of your message", exact=True).fill("Training")
    page.get_by_label("Your message", exact=True).fill("Do you run courses in Dundee? Привет.")
    page.get_by_label("I have read the privacy notice", exact=True).check()


def test_contact_form_works_without_javascript(demo_site, offline_without_javascript):
    page = offline_without_javascript
    page.goto(demo_site + "/contact/")

    _fill_contact_form(page)
    page.get_by_role("button", name="Send message").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Thank you: your message has been sent"
    [enquiry] = _stored_enquiries()
    assert enquiry["your_message"] == "Do you run courses in Dundee? Привет."
    assert len(mail.outbox) == 1


def test_contact_form_with_javascript_focuses_the_errors_then_sends(demo_site, offline, artifacts_dir):
    page = offline
    page.goto(demo_site + "/contact/")
    page.get_by_label("Your name", exact=True).fill("Alex Morgan")
    page.get_by_role("button", name="Send message").click()

    summary = page.get_by_role("alert")
    assert summary.get_by_role("heading").inner_text() == "There is a problem"
    page.wait_for_load_state("load")  # the deferred script that moves focus has run by now
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert page.get_by_label("Your name", exact=True).input_value() == "Alex Morgan"
    assert_no_axe_violations(page, artifacts_dir, "contact-form-errors")
    summary.get_by_role("link", name="Enter your email address").click()
    assert page.evaluate("document.activeElement.id") == "id_your_email_address"

    _fill_contact_form(page)
    page.get_by_role("button", name="Send message").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Thank you: your message has been sent"
    assert len(_stored_enquiries()) == 1
    assert page.outside_requests == []


def test_help_and_contact_pages_pass_axe_wcag_aa(demo_site, offline, artifacts_dir):
    for path, name in [("/worried-about-a-child/", "help-page"), ("/contact/", "contact-page")]:
        offline.goto(demo_site + path)
        assert_no_axe_violations(offline, artifacts_dir, name)
