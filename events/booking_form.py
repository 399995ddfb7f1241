"""The booking form: who is coming, what they need, and their agreement to hear about this event.

It is the contact form's class (celcis_site.pages.form_builder.ContactForm), so its
errors are tied to their fields for screen readers in the same way.
"""

from django import forms

from celcis_site.pages.form_builder import ContactForm

FIELD_MAX_LENGTH = 200


class BookingForm(ContactForm):
    name = forms.CharField(
        label="Full name",
        max_length=150,
        error_messages={"required": "Enter your full name"},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Email address",
        help_text="We send your confirmation and any changes to the event here.",
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    organisation = forms.CharField(
        label="Organisation",
        required=False,
        max_length=FIELD_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    role = forms.CharField(
        label="Role",
        required=False,
        max_length=FIELD_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    access_needs = forms.CharField(
        label="Access needs",
        required=False,
        max_length=2000,
        help_text="Anything we should arrange so you can take part. Only the staff running the event see it.",
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    consent_to_contact = forms.BooleanField(
        label="I agree to CELCIS contacting me about this event only",
        error_messages={"required": "Tick the box to agree to be contacted about this event"},
    )
