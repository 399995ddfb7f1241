"""`python manage.py prune_bookings [--days N]`: delete bookings (personal data) N days after their event.

Run it daily, e.g. from cron. The default is BOOKING_RETENTION_DAYS (90):
long enough to answer questions about an event, no longer.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from events.models import Booking


class Command(BaseCommand):
    help = (
        "Delete the personal data of bookings for events that ended more than --days days ago (default 90)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.BOOKING_RETENTION_DAYS,
            help="Days after the event's end to keep its bookings (default BOOKING_RETENTION_DAYS, 90).",
        )

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days cannot be negative.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        deleted, _ = Booking.objects.filter(event__end__lt=cutoff).delete()
        self.stdout.write(
            f"Deleted {deleted} booking(s) for events that ended before {cutoff:%Y-%m-%d %H:%M}."
        )
