"""The news index's filters: ?topic=<slug> and ?year=<yyyy>, validated."""

from django import forms


class NewsFilterForm(forms.Form):
    # The index page passes the topics in: the models import the listing, not the other way round.
    topic = forms.ModelChoiceField(
        queryset=None, to_field_name="slug", required=False, empty_label="All topics"
    )
    year = forms.IntegerField(required=False, min_value=1900, max_value=2100)

    def __init__(self, data, *, topics, years):
        super().__init__(data)
        self.fields["topic"].queryset = topics
        # A select, not a number box: visitors pick from the years that have news.
        self.fields["year"].widget = forms.Select(choices=[("", "All years")] + [(y, y) for y in years])
