"""How an enquiry reads to staff: ticks as Yes/No (admin, CSV, e-mail) and the visitor's subject.

Wagtail stores a ticked box as `true` and shows it as "True"; staff read
"Yes". The notification e-mail's subject is the visitor's own subject (after
the page's fixed prefix), so enquiries can be told apart in an inbox.
"""

import datetime

from django.utils.formats import date_format
from wagtail.contrib.forms.models import FormSubmission

# A subject line is one line, and mail clients cut long ones anyway.
SUBJECT_MAX_LENGTH = 150


def readable(value):
    """A stored answer as staff read it: booleans as Yes/No, anything else as it is."""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return value


def email_value(value):
    """An answer as the notification e-mail shows it: Yes/No, lists joined, dates in the short format."""
    value = readable(value)
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, datetime.datetime):
        return date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    return value


class ContactSubmission(FormSubmission):
    """An enquiry as the admin lists and exports it (same table as Wagtail's submissions)."""

    class Meta:
        proxy = True
        verbose_name = "enquiry"

    def get_data(self):
        return {name: readable(value) for name, value in super().get_data().items()}


def visitors_subject(form):
    """What the visitor typed in the form's subject field (the one whose name says 'subject'), on one line."""
    for name in form.fields:
        if "subject" in name:
            subject = " ".join(str(form.cleaned_data.get(name) or "").split())
            return subject[:SUBJECT_MAX_LENGTH]
    return ""


def notification_subject(prefix, form):
    """'<prefix>: <visitor's subject>', or the prefix alone when the form asks for no subject."""
    subject = visitors_subject(form)
    return f"{prefix}: {subject}" if subject else prefix
