"""Forms built from the fields editors set on a page (the contact page's enquiry form, event bookings).

Wagtail's FormBuilder, with what a visitor needs on top: error messages that
say what to do, a length limit on every text field, error and hint text tied
to their fields for screen readers, and a field type for the required
"I have read the privacy notice" tick that links to the notice.
"""

import django.forms
from django.utils.html import format_html
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

PRIVACY_NOTICE_FIELD_TYPE = "privacy_notice"
# Not one of the form's fields, so never stored: only software fills it in.
# A name that invites software to fill it; editors cannot give a field this name.
HONEYPOT_FIELD_NAME = "company_website"

SINGLE_LINE_MAX_LENGTH = 255
MULTI_LINE_MAX_LENGTH = 5000


def _lower_first(text):
    return text[:1].lower() + text[1:]


class ContactForm(BaseForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        privacy_notice = getattr(self.page, "privacy_notice", None)
        for field in self.fields.values():
            if getattr(field, "links_privacy_notice", False) and privacy_notice and privacy_notice.live:
                link = format_html('Read the <a href="{}">privacy notice</a>.', privacy_notice.get_url())
                field.help_text = format_html("{} {}", field.help_text, link) if field.help_text else link

    def full_clean(self):
        super().full_clean()
        self._cut_overlong_values()
        # Screen readers read the error, then the hint, when the field gets focus.
        for name in self.errors:
            if name not in self.fields:
                continue
            bound_field = self[name]
            described_by = [f"{bound_field.auto_id}_error"]
            if bound_field.help_text:
                described_by.append(f"{bound_field.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(described_by)

    def _cut_overlong_values(self):
        """Give back at most each field's limit: a 2 MB message is refused, not sent back whole.

        The error already says how long it was; the visitor keeps what fits,
        and the page stays small whatever was sent.
        """
        if not self.is_bound:
            return
        cut = {}
        for name, field in self.fields.items():
            limit = getattr(field, "max_length", None)
            key = self.add_prefix(name)
            value = self.data.get(key)
            if limit and isinstance(value, str) and len(value) > limit:
                cut[key] = value[:limit]
        if cut:
            data = self.data.copy()
            for key, value in cut.items():
                data[key] = value
            self.data = data


class ContactFormBuilder(FormBuilder):
    def get_field_options(self, field):
        options = super().get_field_options(field)
        label = field.label
        options["error_messages"] = {
            "required": f"Enter {_lower_first(label)}",
            "invalid": f"Enter {_lower_first(label)} in the correct format",
            "max_length": f"{label} must be %(limit_value)s characters or fewer (it has %(show_value)s)",
            "invalid_choice": f"Select {_lower_first(label)} from the list",
        }
        return options

    def create_singleline_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        return django.forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTI_LINE_MAX_LENGTH
        options.setdefault("widget", django.forms.Textarea(attrs={"rows": 8}))
        return django.forms.CharField(**options)

    def create_email_field(self, field, options):
        options["error_messages"]["invalid"] = (
            "Enter an email address in the correct format, like name@example.com"
        )
        options["widget"] = django.forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"})
        return django.forms.EmailField(**options)

    def create_checkbox_field(self, field, options):
        options["error_messages"]["required"] = f"Tick the box to confirm: {_lower_first(field.label)}"
        return django.forms.BooleanField(**options)

    def create_privacy_notice_field(self, field, options):
        # Always required, whatever the editor ticked: the visitor must have been shown the notice.
        options["required"] = True
        options["error_messages"]["required"] = "Tick the box to confirm you have read the privacy notice"
        privacy_field = django.forms.BooleanField(**options)
        privacy_field.links_privacy_notice = True
        return privacy_field

    def get_form_class(self):
        return type("ContactForm", (ContactForm,), self.formfields)
