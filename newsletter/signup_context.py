"""What the sign-up and preferences form templates need: the topics, the wording, and what was typed.

The footer's copy is the same for every visitor (it is in every cached page):
no values, no errors, nothing per visitor. The /newsletter/ page shows the
errors and keeps what the visitor typed when a sign-up is sent back.
"""

from . import wording
from .models import RecordForm
from .topics import topic_choices

FORM_VALUES = {"footer": RecordForm.FOOTER.value, "page": RecordForm.NEWSLETTER_PAGE.value}


def signup_form_context(placement, form=None, problem=None, chosen=(), name=""):
    version, text = wording.current()
    values = {"email": "", "name": name, "topics": set(chosen)}
    errors, general_errors = {}, []
    if form is not None and form.is_bound:
        values = {
            "email": form.data.get("email", ""),
            "name": form.data.get("name", ""),
            "topics": set(form.data.getlist("topics")),
        }
        for field, messages in form.errors.items():
            if field in ("email", "name", "topics"):
                errors[field] = list(messages)
            else:
                general_errors.extend(message for message in messages if message not in general_errors)
    return {
        "placement": placement,
        "id_prefix": f"newsletter-{placement}",
        "form_value": FORM_VALUES.get(placement, ""),
        "topics": topic_choices(),
        "wording": text,
        "wording_version": version,
        "values": values,
        "errors": errors,
        "general_errors": general_errors,
        "problem": problem,
        "has_errors": bool(errors or general_errors or problem),
    }
