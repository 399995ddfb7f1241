"""The sign-up and preferences forms: what is accepted, and the message for each thing that is not.

They validate only; the templates write the HTML themselves, because the
footer form is on every cached page and must be rendered from cached topics
(topics.py), with ids of its own.
"""

from django import forms

from news.models import Topic

from . import wording
from .models import RecordForm

SIGN_UP_FORMS = (RecordForm.FOOTER, RecordForm.NEWSLETTER_PAGE)


class TopicsField(forms.ModelMultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            queryset=Topic.objects.all(),
            to_field_name="slug",
            required=False,
            error_messages={
                "invalid_choice": "Choose topics from the list: “%(value)s” is not one of them.",
                "invalid_pk_value": "Choose topics from the list: “%(pk)s” is not one of them.",
            },
            **kwargs,
        )


class PreferencesForm(forms.Form):
    name = forms.CharField(max_length=150, required=False)
    topics = TopicsField()
    wording_version = forms.TypedChoiceField(
        coerce=int,
        choices=[(version, version) for version in wording.WORDINGS],
        error_messages={
            "required": "This form is out of date. Reload the page and try again.",
            "invalid_choice": "This form is out of date. Reload the page and try again.",
        },
    )


class SignUpForm(PreferencesForm):
    email = forms.EmailField(
        max_length=254,
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
    )
    form = forms.ChoiceField(
        choices=[(choice.value, choice.label) for choice in SIGN_UP_FORMS],
        error_messages={
            "required": "This form is out of date. Reload the page and try again.",
            "invalid_choice": "This form is out of date. Reload the page and try again.",
        },
    )

    field_order = ["email", "name", "topics", "wording_version", "form"]
