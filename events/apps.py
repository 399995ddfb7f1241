"""App configuration for events: its editorial section; reminders and ended events in scheduler rounds."""

from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"

    # Page types whose subtrees editors work in, under moderation (celcis_site/editorial/sections.py).
    editorial_sections = ("events.EventIndexPage",)

    # What the mailing list's weekly digest takes from the events (newsletter/digest.py).
    newsletter_digest_sources = (("New events", "events.digest.new_events"),)

    def ready(self):
        from celcis_site.editorial.scheduling import run_every_round

        from .ended import clear_pages_when_an_event_ends
        from .reminders import send_due_reminders

        run_every_round(send_due_reminders)
        run_every_round(clear_pages_when_an_event_ends)
