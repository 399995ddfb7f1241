"""E-mails about bookings: confirmation (with the .ics), a place come free, the reminder, staff messages.

Each is tried after the booking is stored and committed. A mail server that
is down is logged and reported as False; nothing stored is undone, and a
confirmation that did not go out is tried again by the scheduler (its
`confirmation_sent_at` stays empty until it does).
"""

import logging
import smtplib

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone

from .booking_links import booking_path
from .calendar import build_calendar
from .models import Booking, BookingStatus

logger = logging.getLogger(__name__)


def _send(booking, subject, template, attach_calendar=True, **extra):
    event = booking.event
    context = {
        "booking": booking,
        "event": event,
        "event_url": event.get_full_url(),
        "booking_url": booking_path(event.get_full_url(), booking),
        **extra,
    }
    message = EmailMessage(subject=subject, body=render_to_string(template, context), to=[booking.email])
    if attach_calendar:
        message.attach(
            f"{event.slug}.ics", build_calendar([event]), "text/calendar; charset=utf-8; method=PUBLISH"
        )
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception(
            "Events: e-mail '%s' to booking %s could not be sent; the booking is stored.", subject, booking.pk
        )
        return False
    return True


def send_confirmation(booking):
    if booking.status == BookingStatus.CONFIRMED:
        subject = f"Your place is confirmed: {booking.event.title}"
    else:
        subject = f"You are on the waiting list: {booking.event.title}"
    sent = _send(booking, subject, "events/emails/confirmation.txt")
    if sent:
        Booking.objects.filter(pk=booking.pk).update(confirmation_sent_at=timezone.now())
    return sent


def send_promotion(booking):
    return _send(booking, f"A place has come free: {booking.event.title}", "events/emails/promoted.txt")


def send_cancellation(booking):
    return _send(
        booking,
        f"Booking cancelled: {booking.event.title}",
        "events/emails/cancelled.txt",
        attach_calendar=False,
    )


def send_reminder(booking):
    return _send(booking, f"Tomorrow: {booking.event.title}", "events/emails/reminder.txt")


def send_to_attendees(event, subject, body):
    """Staff's message to every confirmed attendee, one e-mail each (no one sees the others' addresses)."""
    sent = 0
    for booking in event.bookings.confirmed().select_related("event"):
        if _send(booking, subject, "events/emails/staff_message.txt", attach_calendar=False, message=body):
            sent += 1
    return sent
