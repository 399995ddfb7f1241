"""A speaker at an event: named with role and organisation, in the order the editor sets."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class EventSpeaker(Orderable):
    event = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(
        max_length=150, help_text="As the speaker wants to be named, e.g. 'Dr Jane Smith'."
    )
    role = models.CharField(
        max_length=150, blank=True, help_text="Their job title or part in the event, e.g. 'Chair'."
    )
    organisation = models.CharField(
        max_length=150, blank=True, help_text="Where they work, e.g. 'CELCIS' or 'Glasgow City Council'."
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]

    def __str__(self):
        return self.name

    @property
    def description(self):
        """'Chair, CELCIS': what is known of the speaker besides the name."""
        return ", ".join(part for part in (self.role, self.organisation) if part)
