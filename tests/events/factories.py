"""Factories for events: the index, event pages (upcoming by default) and bookings."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from events.models import Booking, BookingStatus, EventIndexPage, EventPage, Registration


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = EventIndexPage


def days_from_now(days, hour=10):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Event number {n}")
    summary = "An event about children's care."
    start = factory.Sequence(lambda n: days_from_now(7 + n))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=1, minutes=30))
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>About the session.</p>"}])

    class Meta:
        model = EventPage


class BookableEventFactory(EventPageFactory):
    registration = Registration.ON_SITE
    capacity = 20


class BookingFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    consent_to_contact = True
    status = BookingStatus.CONFIRMED

    class Meta:
        model = Booking
