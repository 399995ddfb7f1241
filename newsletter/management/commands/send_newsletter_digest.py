"""`python manage.py send_newsletter_digest`: send (or go on sending) the weekly digest if one is due.

The scheduler (run_scheduler) does this every round; the command runs one round of it by hand.
"""

from django.core.management.base import BaseCommand

from newsletter.digest import send_due_digest


class Command(BaseCommand):
    help = "Send the mailing list's weekly digest if it is due, or finish one a stopped round left."

    def handle(self, *args, **options):
        sent = send_due_digest()
        self.stdout.write(f"Sent the digest to {sent} subscriber(s) in this round.")
