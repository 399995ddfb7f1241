"""Booking a place, cancelling, and giving a freed place to the first person waiting.

No place is ever given twice: each booking and each cancellation locks the
event's row (SELECT … FOR UPDATE on PostgreSQL) before counting the confirmed
places, so concurrent bookings for the last place queue up behind each other
and exactly `capacity` are confirmed. One active booking per e-mail address
is also a database constraint, so two racing duplicates leave one record.

Everything is stored and committed before any e-mail is tried; the caller
sends the e-mails (see emails.py), and a mail server that is down loses nothing.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Booking, BookingStatus, EventPage, EventStatus, Registration


class BookingRefused(Exception):
    """The booking was not stored; the message says why, for the visitor."""


class AlreadyBooked(BookingRefused):
    pass


def closed_reason(event, now=None):
    """Why the event takes no bookings now, or '' if it does."""
    now = now or timezone.now()
    if event.registration != Registration.ON_SITE:
        return "This event does not take bookings on this website."
    if event.status == EventStatus.CANCELLED:
        return "This event is cancelled, so booking is closed."
    if event.status == EventStatus.POSTPONED:
        return "This event is postponed, so booking is closed until it has a new date."
    if now >= event.closes_at:
        return "Booking for this event has closed."
    return ""


def places_left(event):
    return max(0, (event.capacity or 0) - Booking.objects.filter(event=event).confirmed().count())


def _locked_event(event_id):
    # of=("self",): lock the event's own row, not Wagtail's page row every editor's save touches.
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def book_place(event_id, *, name, email, organisation="", role="", access_needs="", consent_to_contact):
    """Store a booking, confirmed if a place is left, else on the waiting list. Raises BookingRefused."""
    email = email.strip().lower()
    try:
        with transaction.atomic():
            event = _locked_event(event_id)
            reason = closed_reason(event)
            if reason:
                raise BookingRefused(reason)
            if Booking.objects.filter(event=event, email=email).active().exists():
                raise AlreadyBooked(email)
            status = BookingStatus.CONFIRMED if places_left(event) > 0 else BookingStatus.WAITING
            return Booking.objects.create(
                event=event,
                name=name,
                email=email,
                organisation=organisation,
                role=role,
                access_needs=access_needs,
                consent_to_contact=consent_to_contact,
                status=status,
            )
    except IntegrityError:
        # The same address booked in another request at the same moment: the constraint kept one.
        raise AlreadyBooked(email) from None


@dataclass
class Cancellation:
    booking: Booking
    promoted: Booking | None


def cancel_booking(reference):
    """Cancel the booking; a confirmed place goes to the first person waiting (returned as `promoted`)."""
    with transaction.atomic():
        event_id = Booking.objects.filter(reference=reference).values_list("event_id", flat=True).first()
        if event_id is None:
            raise Booking.DoesNotExist
        _locked_event(event_id)
        booking = Booking.objects.get(reference=reference)
        if booking.status == BookingStatus.CANCELLED:
            return Cancellation(booking, None)
        freed_a_place = booking.status == BookingStatus.CONFIRMED
        booking.status = BookingStatus.CANCELLED
        booking.cancelled_at = timezone.now()
        booking.save(update_fields=["status", "cancelled_at"])
        promoted = None
        if freed_a_place:
            promoted = Booking.objects.filter(event_id=event_id).waiting().first()
            if promoted is not None:
                promoted.status = BookingStatus.CONFIRMED
                promoted.save(update_fields=["status"])
        return Cancellation(booking, promoted)
