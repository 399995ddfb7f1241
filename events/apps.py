"""App configuration for events: its editorial section, and its reminders in the scheduler's rounds."""

from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"

    # Page types whose subtrees editors work in, under moderation (celcis_site/editorial/sections.py).
    editorial_sections = ("events.EventIndexPage",)

    def ready(self):
        from celcis_site.editorial.scheduling import run_every_round

        from .reminders import send_due_reminders

        run_every_round(send_due_reminders)
