"""App configuration for events: scheduler rounds send reminders and clear listings once an event ends."""

from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"

    def ready(self):
        from celcis_site.editorial.scheduling import run_every_round

        from .ended import clear_pages_when_an_event_ends
        from .reminders import send_due_reminders

        run_every_round(send_due_reminders)
        run_every_round(clear_pages_when_an_event_ends)
