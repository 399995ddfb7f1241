"""Booking through the event's URLs: places left, waiting list, duplicates, honeypot, closing, cancelling.

Runs on SQLite and PostgreSQL; the concurrent race is in test_booking_race.py.
"""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from events.models import Booking, BookingStatus, EventStatus
from tests.events.factories import BookableEventFactory, BookingFactory
from tests.markers import postgres_only

pytestmark = pytest.mark.django_db

FORM = {
    "name": "Ann Other",
    "email": "Ann@Example.org",
    "organisation": "Glasgow City Council",
    "role": "Residential care worker",
    "access_needs": "A hearing loop, please",
    "consent_to_contact": "on",
}


@pytest.fixture
def bookable(events_index):
    return BookableEventFactory(parent=events_index, title="Community day", slug="community-day", capacity=2)


def book(client, event, **changes):
    return client.post(event.url + "book/", {**FORM, **changes})


def booking_link_in(message):
    return re.search(r"http://testserver(/events/[^\s]+/booking/[^\s/]+/)", message.body).group(1)


def test_the_event_page_says_how_many_places_are_left(client, bookable):
    BookingFactory(event=bookable)

    response = client.get(bookable.url)

    assert "1 place left" in response.content.decode()
    # A live count and a CSRF token: never for a shared cache.
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_a_booking_is_confirmed_stored_and_e_mailed_with_the_event_attached(client, bookable):
    response = book(client, bookable)

    assert response.status_code == 303
    page = client.get(response["Location"])
    assert "Your place is confirmed" in page.content.decode()
    booking = Booking.objects.get()
    assert (booking.email, booking.status) == ("ann@example.org", BookingStatus.CONFIRMED)
    assert booking.confirmation_sent_at is not None
    [message] = mail.outbox
    assert message.subject == "Your place is confirmed: Community day"
    assert "A hearing loop" not in message.body
    name, content, mimetype = message.attachments[0]
    assert name == "community-day.ics"
    assert mimetype.startswith("text/calendar")
    assert Calendar.from_ical(content).walk("VEVENT")[0]["SUMMARY"] == "Community day"


def test_when_full_the_page_says_so_and_a_booking_joins_the_waiting_list(client, bookable):
    BookingFactory.create_batch(2, event=bookable)

    page = client.get(bookable.url).content.decode()
    response = book(client, bookable)

    assert "This event is full." in page
    assert "Join the waiting list" in page
    assert "You are on the waiting list" in client.get(response["Location"]).content.decode()
    assert Booking.objects.get(email="ann@example.org").status == BookingStatus.WAITING
    assert mail.outbox[0].subject == "You are on the waiting list: Community day"


def test_a_second_booking_with_the_same_email_is_refused_politely_and_not_stored(client, bookable):
    book(client, bookable)

    response = book(client, bookable, email="ann@example.org ", name="Ann again")

    assert response.status_code == 409
    assert "You have already booked for this event with that email address" in response.content.decode()
    assert Booking.objects.count() == 1


def test_access_needs_are_never_shown_on_the_public_pages(client, bookable):
    response = book(client, bookable)

    assert "hearing loop" not in client.get(response["Location"]).content.decode()
    assert "hearing loop" not in client.get(bookable.url).content.decode()


def test_a_form_with_errors_says_what_to_fix_and_stores_nothing(client, bookable):
    response = book(client, bookable, email="not-an-address", consent_to_contact="")

    html = response.content.decode()
    assert response.status_code == 400
    assert "Enter an email address in the correct format" in html
    assert "Tick the box to agree to be contacted about this event" in html
    assert not Booking.objects.exists()


def test_the_contact_forms_honeypot_refuses_software(client, bookable):
    response = book(client, bookable, company_website="https://spam.example/")

    assert response.status_code == 400
    assert not Booking.objects.exists()


def test_the_contact_forms_rate_limit_applies(client, bookable, settings):
    settings.CONTACT_FORM_RATE_LIMIT = 1
    book(client, bookable)

    response = book(client, bookable, email="someone.else@example.org")

    assert response.status_code == 429
    assert response["Retry-After"]
    assert Booking.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"status": EventStatus.CANCELLED}, "This event is cancelled, so booking is closed."),
        (
            {"booking_closes_at": timezone.now() - datetime.timedelta(minutes=1)},
            "Booking for this event has closed.",
        ),
    ],
)
def test_a_closed_event_shows_why_and_refuses_bookings(client, events_index, changes, reason):
    event = BookableEventFactory(parent=events_index, **changes)

    page = client.get(event.url).content.decode()
    response = book(client, event)

    assert reason in page
    assert 'action="' + event.url + 'book/"' not in page
    assert response.status_code == 409
    assert not Booking.objects.exists()


def test_cancelling_through_the_link_frees_the_place_for_the_first_person_waiting(client, bookable):
    BookingFactory(event=bookable, email="first@example.org")
    book(client, bookable)
    BookingFactory(event=bookable, email="waiting1@example.org", status=BookingStatus.WAITING)
    BookingFactory(event=bookable, email="waiting2@example.org", status=BookingStatus.WAITING)
    link = booking_link_in(mail.outbox[0])
    mail.outbox.clear()

    assert "Cancel my booking" in client.get(link).content.decode()
    response = client.post(link)

    assert response.status_code == 303
    assert "Your booking is cancelled" in client.get(link).content.decode()
    statuses = dict(Booking.objects.values_list("email", "status"))
    assert statuses == {
        "first@example.org": "confirmed",
        "ann@example.org": "cancelled",
        "waiting1@example.org": "confirmed",
        "waiting2@example.org": "waiting",
    }
    assert sorted(message.to[0] for message in mail.outbox) == ["ann@example.org", "waiting1@example.org"]
    promoted = next(m for m in mail.outbox if m.to == ["waiting1@example.org"])
    assert "your place is confirmed" in promoted.body
    # Cancelling twice changes nothing and tells no one again.
    client.post(link)
    assert len(mail.outbox) == 2


def test_someone_who_cancelled_may_book_again(client, bookable):
    book(client, bookable)
    client.post(booking_link_in(mail.outbox[0]))

    response = book(client, bookable)

    assert response.status_code == 303
    assert Booking.objects.filter(email="ann@example.org").count() == 2


def test_a_tampered_booking_link_is_not_found(client, bookable):
    book(client, bookable)
    link = booking_link_in(mail.outbox[0])

    assert client.get(link.replace("/booking/", "/booking/x")).status_code == 404
    assert client.post(link[:-3] + "AA/").status_code == 404
    assert Booking.objects.get().status == BookingStatus.CONFIRMED


def test_a_mail_server_that_is_down_loses_no_booking(client, bookable, settings):
    settings.EMAIL_BACKEND = "tests.contacts.mail_backends.RefusingEmailBackend"

    response = book(client, bookable)

    assert response.status_code == 303
    assert "Your place is confirmed" in client.get(response["Location"]).content.decode()
    booking = Booking.objects.get()
    assert booking.status == BookingStatus.CONFIRMED
    assert booking.confirmation_sent_at is None


@postgres_only
def test_booking_on_postgresql_locks_and_counts_the_same(client, bookable):
    for number in range(3):
        book(client, bookable, email=f"p{number}@example.org")

    assert Booking.objects.filter(status=BookingStatus.CONFIRMED).count() == 2
    assert Booking.objects.filter(status=BookingStatus.WAITING).count() == 1
