"""`python manage.py export_consent [--since YYYY-MM-DD]`: every consent record as CSV on standard output."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from celcis_site.consent.catalogue import get_catalogue
from celcis_site.consent.report import write_consent_csv


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--since must be a date as YYYY-MM-DD, not {value!r}.") from None


class Command(BaseCommand):
    help = "Write the cookie consent records (oldest first) to standard output as CSV."

    def add_arguments(self, parser):
        parser.add_argument("--since", type=str, help="Only records from this day on (YYYY-MM-DD).")

    def handle(self, *args, since=None, **options):
        write_consent_csv(
            self.stdout, since=iso_date(since) if since else None, slugs=get_catalogue().optional_slugs
        )
