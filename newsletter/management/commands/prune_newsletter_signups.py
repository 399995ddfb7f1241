"""`python manage.py prune_newsletter_signups`: delete sign-ups left unconfirmed too long.

The scheduler (run_scheduler) does this every round; the command is for cron or by hand.
"""

from django.core.management.base import BaseCommand

from newsletter.subscriptions import prune_unconfirmed


class Command(BaseCommand):
    help = "Delete mailing list sign-ups whose confirmation link has expired, with every row about them."

    def handle(self, *args, **options):
        count = prune_unconfirmed()
        self.stdout.write(f"Deleted {count} unconfirmed mailing list sign-up(s).")
