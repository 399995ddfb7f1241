"""The day-before reminder goes once via the scheduler, even across restarts; prune_bookings forgets people.

The clock is controlled with time-machine; the scheduler is the real
`run_scheduler --once` command, run again as a restarted scheduler would.
"""

import datetime
import io

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from events.models import Booking, BookingStatus, EventStatus
from tests.events.factories import BookableEventFactory, BookingFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
START = datetime.datetime(2030, 3, 12, 10, 0, tzinfo=UTC)


def run_scheduler_round():
    call_command("run_scheduler", "--once", stdout=io.StringIO())


@pytest.fixture
def booked_event(events_index):
    with time_machine.travel(START - datetime.timedelta(days=10), tick=False):
        event = BookableEventFactory(
            parent=events_index, title="Network day", start=START, end=START + datetime.timedelta(hours=2)
        )
        BookingFactory(event=event, email="confirmed@example.org")
        BookingFactory(event=event, email="waiting@example.org", status=BookingStatus.WAITING)
        BookingFactory(event=event, email="cancelled@example.org", status=BookingStatus.CANCELLED)
        # Their confirmations went out when they booked.
        Booking.objects.update(confirmation_sent_at=START - datetime.timedelta(days=10))
    return event


def test_the_reminder_goes_the_day_before_to_confirmed_people_once_even_after_restarts(booked_event):
    with time_machine.travel(START - datetime.timedelta(hours=25), tick=False):
        run_scheduler_round()
    assert mail.outbox == []

    with time_machine.travel(START - datetime.timedelta(hours=23), tick=False):
        run_scheduler_round()
        run_scheduler_round()  # the scheduler restarted and runs again
    with time_machine.travel(START - datetime.timedelta(hours=1), tick=False):
        run_scheduler_round()

    assert [(m.to, m.subject) for m in mail.outbox] == [(["confirmed@example.org"], "Tomorrow: Network day")]
    assert Booking.objects.get(email="confirmed@example.org").reminder_sent_at is not None


def test_a_reminder_the_mail_server_refused_is_sent_in_a_later_round(booked_event, settings):
    with time_machine.travel(START - datetime.timedelta(hours=20), tick=False):
        settings.EMAIL_BACKEND = "tests.contacts.mail_backends.RefusingEmailBackend"
        run_scheduler_round()
        assert Booking.objects.get(email="confirmed@example.org").reminder_sent_at is None
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        run_scheduler_round()

    assert [m.to for m in mail.outbox] == [["confirmed@example.org"]]


def test_a_cancelled_event_sends_no_reminder(booked_event):
    booked_event.status = EventStatus.CANCELLED
    booked_event.save_revision().publish()

    with time_machine.travel(START - datetime.timedelta(hours=2), tick=False):
        run_scheduler_round()

    assert mail.outbox == []


def test_a_confirmation_held_back_by_a_failing_mail_server_is_sent_by_the_scheduler(events_index):
    with time_machine.travel(START - datetime.timedelta(days=5), tick=False):
        event = BookableEventFactory(
            parent=events_index, start=START, end=START + datetime.timedelta(hours=1)
        )
        BookingFactory(event=event, email="unlucky@example.org")
    with time_machine.travel(START - datetime.timedelta(days=4), tick=False):
        run_scheduler_round()
        run_scheduler_round()

    assert [m.to for m in mail.outbox] == [["unlucky@example.org"]]
    assert mail.outbox[0].subject.startswith("Your place is confirmed")


def test_prune_bookings_deletes_bookings_ninety_days_after_the_event(booked_event, events_index):
    later = BookableEventFactory(
        parent=events_index,
        start=START + datetime.timedelta(days=30),
        end=START + datetime.timedelta(days=30, hours=1),
    )
    BookingFactory(event=later, email="later@example.org")
    output = io.StringIO()

    with time_machine.travel(START + datetime.timedelta(days=91), tick=False):
        call_command("prune_bookings", stdout=output)

    assert list(Booking.objects.values_list("email", flat=True)) == ["later@example.org"]
    assert "Deleted 3 booking(s)" in output.getvalue()


def test_prune_bookings_takes_another_number_of_days(booked_event):
    with time_machine.travel(START + datetime.timedelta(days=8), tick=False):
        call_command("prune_bookings", "--days", "7", stdout=io.StringIO())

    assert not Booking.objects.exists()


def test_an_event_leaves_the_cached_listing_at_the_first_scheduler_round_after_it_ends(client, events_index):
    from tests.events.factories import EventPageFactory

    with time_machine.travel(START - datetime.timedelta(days=1), tick=False):
        EventPageFactory(
            parent=events_index, title="Ending soon", start=START, end=START + datetime.timedelta(hours=1)
        )
    with time_machine.travel(START + datetime.timedelta(minutes=30), tick=False):
        run_scheduler_round()
        # The site's first request stores its navigation settings, which clears the page cache.
        client.get("/")
        assert "Ending soon" in client.get("/events/").content.decode()

    with time_machine.travel(START + datetime.timedelta(minutes=70), tick=False):
        # Still the page cached half an hour ago…
        assert "Ending soon" in client.get("/events/").content.decode()
        run_scheduler_round()
        # …until the round after the end clears it.
        assert "Ending soon" not in client.get("/events/").content.decode()
