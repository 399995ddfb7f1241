"""App configuration for events: the day-before reminders join the scheduler's rounds."""

from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"

    def ready(self):
        from celcis_site.editorial.scheduling import run_every_round

        from .reminders import send_due_reminders

        run_every_round(send_due_reminders)
