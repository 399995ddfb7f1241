"""The events index's filters: ?format=, ?topic=<slug> and ?month=<yyyy-mm>, combinable and validated."""

import datetime

from django import forms

from news.models.topics import Topic

from .choices import EventFormat
from .when import LONDON


def month_label(month):
    return f"{month:%B %Y}"


class EventFilterForm(forms.Form):
    format = forms.ChoiceField(
        choices=[("", "Any format"), *EventFormat.choices],
        required=False,
        error_messages={"invalid_choice": "Choose a format from the list."},
    )
    topic = forms.ModelChoiceField(
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="All topics",
        error_messages={"invalid_choice": "Choose a topic from the list."},
    )
    month = forms.CharField(required=False, max_length=7)

    def __init__(self, data, *, months, topics=None):
        super().__init__(data)
        if topics is not None:
            # [(slug, name)] read already: the field would read every topic through a server-side
            # cursor (three round trips on PostgreSQL) each time the form is shown.
            self.fields["topic"].choices = [("", "All topics"), *topics]
        # A select of the months that have events, not a free box.
        self.fields["month"].widget = forms.Select(
            choices=[("", "Any month")] + [(f"{m:%Y-%m}", month_label(m)) for m in months]
        )

    @property
    def state_key(self):
        """The valid filters as a short key, the same for the same choice (for cached counts and cards)."""
        data = self.cleaned_data
        topic = data["topic"].slug if data["topic"] else ""
        month = f"{data['month']:%Y-%m}" if data["month"] else ""
        return f"{data['format']}|{topic}|{month}"

    def clean_month(self):
        value = self.cleaned_data["month"]
        if not value:
            return None
        try:
            return datetime.datetime.strptime(value, "%Y-%m").date()
        except ValueError:
            raise forms.ValidationError("Choose a month from the list.") from None

    def filter(self, events):
        data = self.cleaned_data
        if data["format"]:
            events = events.filter(event_format=data["format"])
        if data["topic"]:
            events = events.filter(topics=data["topic"])
        if data["month"]:
            first = datetime.datetime.combine(data["month"], datetime.time.min, tzinfo=LONDON)
            after = (first + datetime.timedelta(days=32)).replace(day=1)
            # Any event on during the month: it starts before the month is out and ends after it begins.
            events = events.filter(start__lt=after, end__gte=first)
        return events

    @property
    def format_label(self):
        return EventFormat(self.cleaned_data["format"]).label if self.cleaned_data.get("format") else ""

    @property
    def active(self):
        return self.is_valid() and any(self.cleaned_data.values())
