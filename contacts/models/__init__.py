"""Contacts: the organisation's contact details, the contact page, the help page and quick exit.

- ContactDetails: the one place the address, phone and email live; the footer
  of every page and the contact page render from it.
- HelpSettings: the "worried about a child?" banner and the quick-exit button.
- ContactPage: Wagtail's form builder, storing every valid enquiry before the
  notification e-mail is tried, with a honeypot and a per-client rate limit.
- HelpPage: who to talk to, from structured blocks, always with quick exit.
- ContactSubmission: an enquiry as staff read it (ticks as Yes/No).

Both settings render a fragment of every page; the rendered HTML is cached per
site (celcis_site.caching.fragments) and cleared when an administrator saves
the setting, so a change shows on every page at once.
"""

from .contact_details import ContactDetails
from .contact_page import DEFAULT_CONTACT_FORM_FIELDS, ContactFormField, ContactPage, ContactPageForm
from .help_page import HelpPage
from .help_settings import DEFAULT_HELP_URL, DEFAULT_NEUTRAL_URL, HelpSettings
from .submissions import ContactSubmission

__all__ = [
    "DEFAULT_CONTACT_FORM_FIELDS",
    "DEFAULT_HELP_URL",
    "DEFAULT_NEUTRAL_URL",
    "ContactDetails",
    "ContactFormField",
    "ContactPage",
    "ContactPageForm",
    "ContactSubmission",
    "HelpPage",
    "HelpSettings",
]
