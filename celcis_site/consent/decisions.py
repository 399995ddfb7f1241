"""Reading a consent decision from a POST, and recording it.

Three forms send decisions: the banner (`cookies=accept` or `cookies=reject`,
for every optional category at once), the cookies page (one
`<category>=yes|no` per optional category) and a video placeholder's "Always
load videos" (`video=yes`: the other categories keep the visitor's earlier
answers). Anything else is refused with a short message before anything is stored.
"""

from dataclasses import dataclass

from django.db import transaction

from .models import ConsentRecord
from .state import decide

BANNER_ANSWERS = {"accept": True, "reject": False}
CATEGORY_ANSWERS = {"yes": True, "no": False}
FORM_FIELDS = {"cookies", "source", "next"}


class InvalidDecision(ValueError):
    """The POST does not describe a decision; the message says why, in a few words."""


@dataclass(frozen=True)
class Decision:
    choices: dict  # optional category slug -> bool
    source: str

    @property
    def accepted(self):
        return [slug for slug, yes in self.choices.items() if yes]


def _single(post, field):
    values = post.getlist(field)
    if len(values) != 1:
        raise InvalidDecision(f"Give exactly one value for '{field[:40]}'.")
    return values[0]


def parse_decision(post, catalogue, previous=None):
    """The decision in a POST's fields, or InvalidDecision; `previous` fills what a placeholder leaves out."""
    optional = catalogue.optional_slugs
    unknown = sorted(set(post) - FORM_FIELDS - set(optional))
    if unknown:
        raise InvalidDecision(f"Unknown cookie category: '{unknown[0][:40]}'.")

    source = _single(post, "source") if "source" in post else ConsentRecord.Source.BANNER
    if source not in ConsentRecord.Source.values:
        raise InvalidDecision("Unknown source: use 'banner', 'cookies-page' or 'video-placeholder'.")

    if "cookies" in post:
        if any(slug in post for slug in optional):
            raise InvalidDecision("Send either cookies=accept|reject or one yes/no per category, not both.")
        answer = _single(post, "cookies")
        if answer not in BANNER_ANSWERS:
            raise InvalidDecision("cookies must be 'accept' or 'reject'.")
        return Decision(choices=dict.fromkeys(optional, BANNER_ANSWERS[answer]), source=source)

    choices = {}
    if source == ConsentRecord.Source.VIDEO_PLACEHOLDER and previous is not None:
        # Recorded like any other decision, with every category: the ones not asked about stay as they were.
        choices = {slug: previous.allows(slug) for slug in optional if slug not in post}
    for slug in optional:
        if slug in choices:
            continue
        if slug not in post:
            raise InvalidDecision(f"Missing a yes or no for '{slug}'.")
        answer = _single(post, slug)
        if answer not in CATEGORY_ANSWERS:
            raise InvalidDecision(f"'{slug}' must be 'yes' or 'no'.")
        choices[slug] = CATEGORY_ANSWERS[answer]
    if not choices:
        raise InvalidDecision("Missing a choice: send cookies=accept or cookies=reject.")
    return Decision(choices=choices, source=source)


def record_consent(decision, catalogue, previous):
    """Store the decision as one ConsentRecord and return the visitor's new consent.

    The consent id carries over from the browser's earlier (signed) consent
    cookie, even an outdated one, so one browser's decisions share one id.
    """
    consent = decide(catalogue, decision.accepted, previous.consent_id)
    with transaction.atomic():
        ConsentRecord.objects.create(
            consent_id=consent.consent_id,
            choices=decision.choices,
            policy_version=catalogue.policy_version,
            source=decision.source,
        )
    return consent
