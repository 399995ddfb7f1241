"""The day-before reminder, sent by the scheduler's rounds (run_scheduler), once per booking.

Each booking is claimed by an UPDATE that only succeeds while its
`reminder_sent_at` is empty, before the e-mail is sent: a second round, a
restarted scheduler or a second server finds it claimed and sends nothing.
If the mail server refuses, the claim is released so a later round retries.
Confirmations that a failing mail server held back are retried here too.
"""

import datetime

from django.utils import timezone

from .emails import send_confirmation, send_reminder
from .models import Booking, EventStatus

REMINDER_AHEAD = datetime.timedelta(hours=24)
# A confirmation is left to the request that made the booking for this long before a round retries it.
CONFIRMATION_GRACE = datetime.timedelta(minutes=5)


def send_due_reminders(now=None, stdout=None):
    now = now or timezone.now()
    due = (
        Booking.objects.confirmed()
        .filter(reminder_sent_at__isnull=True, event__start__gt=now, event__start__lte=now + REMINDER_AHEAD)
        .exclude(event__status=EventStatus.CANCELLED)
        .filter(event__live=True)
        .select_related("event")
    )
    sent = 0
    for booking in due:
        claimed = Booking.objects.filter(pk=booking.pk, reminder_sent_at__isnull=True).update(
            reminder_sent_at=now
        )
        if not claimed:
            continue
        if send_reminder(booking):
            sent += 1
        else:
            Booking.objects.filter(pk=booking.pk).update(reminder_sent_at=None)
    unconfirmed = (
        Booking.objects.active()
        .filter(
            confirmation_sent_at__isnull=True, created_at__lte=now - CONFIRMATION_GRACE, event__end__gt=now
        )
        .select_related("event")
    )
    for booking in unconfirmed:
        send_confirmation(booking)
    if stdout is not None and sent:
        stdout.write(f"Sent {sent} event reminder(s).")
    return sent
