"""A speaker at an event: a person from /people/, or someone named with role and organisation, in order."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from celcis_site.pages.visibility import is_visible


class EventSpeaker(Orderable):
    event = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="speakers")
    person = models.ForeignKey(
        "people.PersonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Their page in People, if they have one: the name links to it; name and role come from it.",
    )
    name = models.CharField(
        max_length=150,
        blank=True,
        help_text="As they want to be named, e.g. 'Dr Jane Smith'. Leave empty to use the person's page.",
    )
    role = models.CharField(
        max_length=150, blank=True, help_text="Their job title or part in the event, e.g. 'Chair'."
    )
    organisation = models.CharField(
        max_length=150, blank=True, help_text="Where they work, e.g. 'CELCIS' or 'Glasgow City Council'."
    )

    panels = [FieldPanel("person"), FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]

    def __str__(self):
        return self.display_name

    def clean(self):
        super().clean()
        if not self.name and not self.person_id:
            raise ValidationError({"name": "Enter the speaker's name, or choose their page in People."})

    @property
    def display_name(self):
        return self.name or (self.person.title if self.person else "")

    @property
    def display_role(self):
        return self.role or (self.person.role if self.person else "")

    @property
    def person_url(self):
        """The person's page, when it is live and public (a page that went private is not linked)."""
        return self.person.url if self.person and is_visible(self.person) else ""

    @property
    def description(self):
        """'Chair, CELCIS': what is known of the speaker besides the name."""
        return ", ".join(part for part in (self.display_role, self.organisation) if part)
