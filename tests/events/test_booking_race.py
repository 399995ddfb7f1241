"""No place is given twice: many bookings at once on PostgreSQL, over real connections, via the URL.

Each thread is its own visitor with its own database connection, all
released at once by a barrier; the event row lock decides who gets a place.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client

from events.models import Booking, BookingStatus
from tests.events.factories import BookableEventFactory, EventIndexPageFactory
from tests.markers import postgres_only

VISITORS = 50
PLACES = 20


def book_all_at_once(event, emails):
    start = threading.Barrier(len(emails))

    def book(email):
        client = Client()
        start.wait()
        try:
            data = {"name": "Visitor", "email": email, "consent_to_contact": "on"}
            return client.post(event.url + "book/", data).status_code
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(emails)) as pool:
        return list(pool.map(book, emails))


@pytest.fixture
def crowded_event(home, settings):
    # Every thread comes from the same address: the contact form's rate limit is not what is tested here.
    settings.CONTACT_FORM_RATE_LIMIT = 1000
    index = EventIndexPageFactory(parent=home)
    return BookableEventFactory(parent=index, slug="annual-lecture", capacity=PLACES)


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_bookings_at_once_for_twenty_places_confirm_exactly_twenty(crowded_event):
    statuses = book_all_at_once(crowded_event, [f"visitor{n}@example.org" for n in range(VISITORS)])

    assert statuses == [303] * VISITORS
    bookings = Booking.objects.filter(event=crowded_event)
    assert bookings.filter(status=BookingStatus.CONFIRMED).count() == PLACES
    assert bookings.filter(status=BookingStatus.WAITING).count() == VISITORS - PLACES
    # The waiting list is in the order the bookings were stored.
    waiting = list(bookings.waiting().values_list("created_at", flat=True))
    assert waiting == sorted(waiting)


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_email_sent_ten_times_at_once_is_booked_once(crowded_event):
    statuses = book_all_at_once(crowded_event, ["same@example.org"] * 10)

    assert sorted(statuses) == [303] + [409] * 9
    assert Booking.objects.filter(event=crowded_event).count() == 1
