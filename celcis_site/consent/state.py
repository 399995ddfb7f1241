"""The visitor's consent, read from (and written to) the consent cookie.

The cookie's value is `<state>|<consent id>:<timestamp>:<signature>`, signed
with the site's secret key. `<state>` is the policy version and the accepted
categories (`3.analytics.preferences`, or `3` for "no to everything optional"),
readable on purpose: the banner's script reads it, and a CDN can key its cache
on it (docs/consent.md). Anything that is missing, unsigned, tampered with,
older than 12 months or from an earlier policy version reads as "no choice
made", never as an error.
"""

import datetime
import re
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from .catalogue import CONSENT_COOKIE_NAME, cookies_the_site_cannot_work_without, get_catalogue

CONSENT_MAX_AGE = datetime.timedelta(days=365)
SIGNING_SALT = "celcis_site.consent.cookie"
UNDECIDED = "undecided"
# Longer than any value this site writes; anything bigger is not ours.
MAX_COOKIE_LENGTH = 600
_CONSENT_ID = re.compile(r"^[0-9a-f]{32}$")
_STATE = re.compile(r"^(?P<version>[0-9]{1,9})(?P<accepted>(?:\.[a-z][a-z0-9_-]*)*)$")


def new_consent_id():
    return secrets.token_hex(16)


@dataclass(frozen=True)
class CookieConsent:
    """What one visitor has agreed to, as `request.cookie_consent`.

    `consent_id` survives an outdated choice (same browser, same id); `decided`
    is true only for a valid choice under the current policy version.
    """

    catalogue: object
    decided: bool = False
    accepted: frozenset = frozenset()
    consent_id: str | None = None

    def allows(self, category_slug):
        """Whether cookies of this category may be set: essential ones always, optional ones after a yes."""
        if category_slug in self.catalogue.essential_slugs:
            return True
        return self.decided and category_slug in self.accepted

    def allows_cookie(self, cookie_name):
        if cookie_name in cookies_the_site_cannot_work_without():
            return True
        category = self.catalogue.category_of(cookie_name)
        # A cookie nobody declared is treated as optional and refused.
        return category is not None and self.allows(category)

    @property
    def state(self):
        """The cookie's readable part: the policy version and the accepted categories."""
        if not self.decided:
            return UNDECIDED
        return ".".join([str(self.catalogue.policy_version), *sorted(self.accepted)])

    @property
    def cache_key(self):
        """One of a handful of strings a full-page cache may key on (never anything per visitor)."""
        return self.state

    @property
    def accepted_all(self):
        return self.decided and set(self.catalogue.optional_slugs) <= self.accepted

    @property
    def rejected_all(self):
        return self.decided and not (self.accepted & set(self.catalogue.optional_slugs))

    def cookie_value(self):
        """The signed value to store in the consent cookie (only for a decided consent)."""
        signer = signing.TimestampSigner(salt=SIGNING_SALT)
        return signer.sign(f"{self.state}|{self.consent_id}")


def decide(catalogue, accepted, consent_id=None):
    """A new, decided consent for the current policy version."""
    known = set(catalogue.optional_slugs)
    return CookieConsent(
        catalogue=catalogue,
        decided=True,
        accepted=frozenset(slug for slug in accepted if slug in known),
        consent_id=consent_id or new_consent_id(),
    )


def read_consent(raw_value, catalogue=None):
    """The consent a cookie value stands for; "no choice made" for anything not valid and current."""
    catalogue = catalogue or get_catalogue()
    undecided = CookieConsent(catalogue=catalogue)
    if not raw_value or len(raw_value) > MAX_COOKIE_LENGTH:
        return undecided
    signer = signing.TimestampSigner(salt=SIGNING_SALT)
    try:
        payload = signer.unsign(raw_value)
    except signing.BadSignature:
        return undecided
    state, _, consent_id = payload.partition("|")
    match = _STATE.match(state)
    if not match or not _CONSENT_ID.match(consent_id):
        return undecided
    # Signed and well formed: the id is this browser's even if the choice is out of date.
    outdated = CookieConsent(catalogue=catalogue, consent_id=consent_id)
    if int(match["version"]) != catalogue.policy_version:
        return outdated
    try:
        signer.unsign(raw_value, max_age=CONSENT_MAX_AGE)
    except signing.SignatureExpired:
        return outdated
    accepted = match["accepted"].split(".")[1:]
    return decide(catalogue, accepted, consent_id)


def claimed_state(raw_value):
    """The readable state a consent cookie claims if it is signed and unexpired; UNDECIDED otherwise.

    It needs no catalogue, so the page cache can key on it before anything
    else runs. A claim may be out of date (an earlier policy version, a
    category since removed): the site then serves that visitor as undecided,
    so a cache may store a page under a claim only when the page was rendered
    for exactly that state.
    """
    if not raw_value or len(raw_value) > MAX_COOKIE_LENGTH:
        return UNDECIDED
    try:
        # SignatureExpired is a BadSignature.
        payload = signing.TimestampSigner(salt=SIGNING_SALT).unsign(raw_value, max_age=CONSENT_MAX_AGE)
    except signing.BadSignature:
        return UNDECIDED
    state = payload.partition("|")[0]
    return state if _STATE.match(state) else UNDECIDED


def consent_for(request):
    """The request's consent, read once per request (by the middleware, or here if it did not run)."""
    consent = getattr(request, "cookie_consent", None)
    if consent is None:
        consent = read_consent(request.COOKIES.get(CONSENT_COOKIE_NAME))
        request.cookie_consent = consent
    return consent


def retention_period():
    """How long a record is kept after its consent expired (COOKIE_CONSENT_RETENTION_DAYS, default 730)."""
    return datetime.timedelta(days=getattr(settings, "COOKIE_CONSENT_RETENTION_DAYS", 730))
