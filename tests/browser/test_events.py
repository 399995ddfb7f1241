"""In Chromium: a visitor books a place with and without JavaScript, gets the e-mail, cancels by its link,
and the person waiting is promoted; axe and the Nu Html Checker find nothing on the events pages in every
booking state (open, full, closed), the filtered index, past events and the booking confirmation.
"""

import datetime
import io
import json
import re
import subprocess
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from events.booking_links import booking_path
from events.models import Booking, BookingStatus, EventPage
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_html_validity import vnu  # noqa: F401 (the checker's fixture)

COMMUNITY_DAY = "/events/residential-child-care-community-day/"
LECTURE = "/events/celcis-annual-lecture/"
WEBINAR = "/events/virtual-school-head-teachers-network-webinar/"


def _read_db(query):
    """Read from the test's side of the live server, then close this thread's connection."""
    try:
        return query()
    finally:
        connection.close()


def _set_up_booking_states():
    """The lecture full (one place, taken), the webinar closed; the community day stays open."""
    lecture = EventPage.objects.get(slug="celcis-annual-lecture")
    EventPage.objects.filter(pk=lecture.pk).update(capacity=1)
    Booking.objects.create(event=lecture, name="Early Bird", email="early@example.org", status="confirmed")
    EventPage.objects.filter(slug="virtual-school-head-teachers-network-webinar").update(
        booking_closes_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    booking = Booking.objects.get(email="early@example.org")
    return {
        "events index, filtered": "/events/?format=in-person&topic=care-experience",
        "past events": "/events/past/",
        "event, booking open": COMMUNITY_DAY,
        "event, full": LECTURE,
        "event, booking closed": WEBINAR,
        "booking confirmation": booking_path(LECTURE, booking),
    }


@pytest.fixture
def offline(page, demo_site):
    page.route(lambda url: not url.startswith(demo_site), lambda route: route.abort())
    return page


@pytest.fixture
def offline_without_javascript(page_without_javascript, demo_site):
    page_without_javascript.route(lambda url: not url.startswith(demo_site), lambda route: route.abort())
    return page_without_javascript


def _book(page, base_url, name, email):
    page.goto(base_url + COMMUNITY_DAY)
    page.get_by_label("Full name", exact=True).fill(name)
    # In the page's main part: the footer's mailing list sign-up has an "Email address" too.
    page.get_by_role("main").get_by_label("Email address", exact=True).fill(email)
    page.get_by_label("Organisation (optional)", exact=True).fill("Glasgow City Council")
    page.get_by_label("Access needs (optional)", exact=True).fill("A quiet room at lunch")
    page.get_by_label("I agree to CELCIS contacting me about this event only", exact=True).check()
    page.get_by_role("button", name=re.compile("Book a place|Join the waiting list")).click()
    return page.get_by_role("heading", level=1).inner_text()


@pytest.mark.parametrize("browser_page", ["offline", "offline_without_javascript"])
def test_a_visitor_books_cancels_by_the_emailed_link_and_the_person_waiting_gets_the_place(
    demo_site, request, browser_page
):
    page = request.getfixturevalue(browser_page)
    _read_db(lambda: EventPage.objects.filter(slug="residential-child-care-community-day").update(capacity=1))
    page.goto(demo_site + COMMUNITY_DAY)
    assert page.get_by_text("1 place left").is_visible()

    assert _book(page, demo_site, "Ann Other", "ann@example.org") == "Your place is confirmed"
    assert _book(page, demo_site, "Ben Waiting", "ben@example.org") == "You are on the waiting list"
    page.goto(demo_site + COMMUNITY_DAY)
    assert page.get_by_text("This event is full.").is_visible()

    [confirmation] = [m for m in mail.outbox if m.to == ["ann@example.org"]]
    assert confirmation.attachments[0][0] == "residential-child-care-community-day.ics"
    link = re.search(r"(http://\S+/booking/\S+/)", confirmation.body).group(1)
    page.goto(demo_site + urlsplit(link).path)
    page.get_by_role("button", name="Cancel my booking").click()
    page.get_by_role("heading", name="Your booking is cancelled").wait_for()

    statuses = _read_db(lambda: dict(Booking.objects.values_list("email", "status")))
    assert statuses == {
        "ann@example.org": BookingStatus.CANCELLED,
        "ben@example.org": BookingStatus.CONFIRMED,
    }
    promoted = [m for m in mail.outbox if m.to == ["ben@example.org"]]
    assert promoted[-1].subject == "A place has come free: Residential child care community day"


def test_events_pages_in_every_booking_state_have_no_wcag_aa_violations(demo_site, offline, artifacts_dir):
    pages = _read_db(_set_up_booking_states)

    for name, path in pages.items():
        response = offline.goto(demo_site + path)
        assert response.status == 200, name
        assert offline.get_by_role("heading", level=1).count() == 1
        assert_no_axe_violations(offline, artifacts_dir, "axe-" + name.replace(" ", "-").replace(",", ""))

    offline.goto(demo_site + COMMUNITY_DAY)
    offline.get_by_role("button", name="Book a place").click()
    offline.get_by_role("heading", name="There is a problem").wait_for()
    assert_no_axe_violations(offline, artifacts_dir, "axe-event-booking-errors")


@pytest.mark.django_db
def test_events_pages_in_every_booking_state_are_valid_html(vnu, client, tmp_path):  # noqa: F811
    call_command("load_demo_content", stdout=io.StringIO())
    pages = _set_up_booking_states()
    files = {}
    for name, path in pages.items():
        response = client.get(path)
        assert response.status_code == 200, name
        files[tmp_path / (name.replace(" ", "-").replace(",", "") + ".html")] = response.content
    files[tmp_path / "booking-errors.html"] = client.post(COMMUNITY_DAY + "book/", {}).content
    for path, html in files.items():
        path.write_bytes(html)

    result = subprocess.run([*vnu, *map(str, files)], capture_output=True, text=True, timeout=300)

    errors = [
        f"{m.get('url')}, line {m.get('lastLine')}: {m['message']}"
        for m in json.loads(result.stdout)["messages"]
        if m["type"] in {"error", "non-document-error"}
    ]
    assert errors == [], "\n".join(errors)
