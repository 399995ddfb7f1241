"""`python manage.py run_scheduler`: publish and unpublish scheduled pages every --interval seconds.

Each round then runs the tasks apps registered with `run_every_round` (e.g.
the events' day-before reminders).

Runs Wagtail's `publish_scheduled` in a loop (go_live_at / expire_at), under a
database lock so that several app servers can each run a scheduler and only
one of them publishes in any round. `--once` runs one round, for cron.
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from celcis_site.editorial.scheduling import round_tasks, scheduler_lock


class Command(BaseCommand):
    help = "Publish pages whose go-live time has come and unpublish expired ones, every --interval seconds."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Seconds between rounds (default 60).")
        parser.add_argument("--once", action="store_true", help="Run one round and stop.")

    def handle(self, *args, interval, once, **options):
        if interval < 1:
            raise CommandError("--interval must be at least 1 second.")
        if not once:
            self.stdout.write(f"Publishing scheduled pages every {interval} seconds.")
        try:
            while True:
                self.run_round()
                if once:
                    return
                time.sleep(interval)
                # Drop a connection the database closed while we slept, as a request would.
                close_old_connections()
        except KeyboardInterrupt:
            self.stdout.write("Scheduler stopped.")

    def run_round(self):
        with scheduler_lock() as acquired:
            if not acquired:
                self.stdout.write("Another scheduler holds the lock; skipping this round.")
                return
            call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
            for task in round_tasks():
                task(stdout=self.stdout)
