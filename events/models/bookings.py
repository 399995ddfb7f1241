"""Booking: one person's place (or place in the queue) at an event booked on this site.

One active booking per e-mail address and event, enforced by the database
(cancelled bookings do not count, so someone who cancelled may book again).
The e-mail address is stored lower-cased so that 'Ann@x' and 'ann@x' are one
person. Access needs are shown to staff only, never in e-mails or pages.
"""

import uuid

from django.db import models
from django.db.models import Q


class BookingStatus(models.TextChoices):
    CONFIRMED = "confirmed", "Confirmed"
    WAITING = "waiting", "On the waiting list"
    CANCELLED = "cancelled", "Cancelled"


class BookingQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=BookingStatus.CANCELLED)

    def confirmed(self):
        return self.filter(status=BookingStatus.CONFIRMED)

    def waiting(self):
        # First come, first served: the queue is the order of booking.
        return self.filter(status=BookingStatus.WAITING).order_by("created_at", "pk")


class Booking(models.Model):
    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="bookings", help_text="The event booked."
    )
    reference = models.UUIDField(
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text="Random; the signed cancel link carries it.",
    )
    name = models.CharField(max_length=150, help_text="The name of the person booking.")
    email = models.EmailField(help_text="Where the confirmation, changes and the reminder go.")
    organisation = models.CharField(max_length=200, blank=True, help_text="Where they work, if they said.")
    role = models.CharField(max_length=200, blank=True, help_text="Their role, if they said.")
    access_needs = models.TextField(
        blank=True, help_text="What they need to take part; for staff arranging the event only."
    )
    consent_to_contact = models.BooleanField(
        default=False, help_text="They agreed to be contacted about this event (and nothing else)."
    )
    status = models.CharField(
        max_length=20,
        choices=BookingStatus.choices,
        help_text="Confirmed, waiting for a place, or cancelled.",
    )
    created_at = models.DateTimeField(auto_now_add=True, help_text="When they booked.")
    cancelled_at = models.DateTimeField(null=True, blank=True, help_text="When they cancelled.")
    confirmation_sent_at = models.DateTimeField(
        null=True, blank=True, help_text="When the confirmation e-mail went; empty if the mail server failed."
    )
    reminder_sent_at = models.DateTimeField(
        null=True, blank=True, help_text="When the day-before reminder went; it is sent once."
    )

    objects = BookingQuerySet.as_manager()

    class Meta:
        default_permissions = ()
        permissions = [("view_bookings", "Can view bookings")]
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled"),
                name="events_one_active_booking_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)
