"""The news index's filters: ?topic=<slug> and ?year=<yyyy>, validated."""

from django import forms

from .models.topics import Topic


class NewsFilterForm(forms.Form):
    topic = forms.ModelChoiceField(
        queryset=Topic.objects.all(), to_field_name="slug", required=False, empty_label="All topics"
    )
    year = forms.IntegerField(required=False, min_value=1900, max_value=2100)

    def __init__(self, data, *, years):
        super().__init__(data)
        # A select, not a number box: visitors pick from the years that have news.
        self.fields["year"].widget = forms.Select(choices=[("", "All years")] + [(y, y) for y in years])
