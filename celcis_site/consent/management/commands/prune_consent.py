"""`python manage.py prune_consent`: delete consent records kept longer than the retention period.

A choice lasts 12 months; its record is kept for COOKIE_CONSENT_RETENTION_DAYS
(default 730, two years) after that, then deleted.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from celcis_site.consent.models import ConsentRecord
from celcis_site.consent.state import CONSENT_MAX_AGE, retention_period


class Command(BaseCommand):
    help = "Delete consent records older than the retention period after their consent expired."

    def handle(self, *args, **options):
        cutoff = timezone.now() - CONSENT_MAX_AGE - retention_period()
        deleted, _ = ConsentRecord.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(
            f"Deleted {deleted} consent record{'s' if deleted != 1 else ''} made before {cutoff:%Y-%m-%d}."
        )
