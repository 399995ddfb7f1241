"""The library's filters: ?type=, ?topic= (several of each), ?from=, ?to= (years), ?author=, ?q=, ?sort=.

Every value is checked against what exists; a bad one is an error on the form
(a 400 with a message), never a 500.
"""

from django import forms

from celcis_site.search.query import MAX_QUERY_LENGTH

SORTS = [
    ("newest", "Newest first"),
    ("oldest", "Oldest first"),
    ("title", "Title A to Z"),
    ("relevance", "Relevance"),
]
MIN_YEAR, MAX_YEAR = 1900, 2100


class LibraryFilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=MAX_QUERY_LENGTH, strip=True)
    type = forms.MultipleChoiceField(
        required=False, error_messages={"invalid_choice": "Choose types from the list."}
    )
    topic = forms.MultipleChoiceField(
        required=False, error_messages={"invalid_choice": "Choose topics from the list."}
    )
    author = forms.ChoiceField(
        required=False, error_messages={"invalid_choice": "Choose an author from the list."}
    )
    sort = forms.ChoiceField(
        required=False, choices=SORTS, error_messages={"invalid_choice": "Choose an order from the list."}
    )

    def __init__(self, data, *, options):
        super().__init__(data)
        self.options = options
        self.fields["type"].choices = [(slug, name) for _, slug, name in options["types"]]
        self.fields["topic"].choices = [(slug, name) for _, slug, name in options["topics"]]
        self.fields["author"].choices = [("", "Any author")] + [
            (slug, name) for _, slug, name in options["authors"]
        ]
        year_error = {
            "invalid": "Enter a year as four digits, e.g. 2019.",
            "min_value": "Enter a year after 1900.",
            "max_value": "Enter a year before 2100.",
        }
        for name, label in (("from", "From year"), ("to", "To year")):
            self.fields[name] = forms.IntegerField(
                label=label, required=False, min_value=MIN_YEAR, max_value=MAX_YEAR, error_messages=year_error
            )

    def clean(self):
        data = super().clean()
        first, last = data.get("from"), data.get("to")
        if first and last and first > last:
            self.add_error("to", "The 'to' year must not be before the 'from' year.")
        if data.get("sort") == "relevance" and not data.get("q"):
            # Relevance needs words to be relevant to: newest first instead, no error.
            data["sort"] = "newest"
        return data

    @property
    def state(self):
        """The cleaned filters, normalised: what the counts and matches depend on (not the order or page)."""
        data = self.cleaned_data
        return {
            "q": data.get("q", ""),
            "type": sorted(data.get("type", [])),
            "topic": sorted(data.get("topic", [])),
            "author": data.get("author", ""),
            "from": data.get("from"),
            "to": data.get("to"),
        }

    @property
    def ordering(self):
        return self.cleaned_data.get("sort") or ("relevance" if self.cleaned_data.get("q") else "newest")
