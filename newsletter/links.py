"""Signed links in the mailing list's e-mails: confirm a sign-up, change preferences, unsubscribe.

Each carries the subscriber's random reference, signed with SECRET_KEY under
a salt of its own, so a link for one purpose cannot be used for another, and
none can be guessed or altered. Only the confirmation link expires
(NEWSLETTER_CONFIRMATION_DAYS); unsubscribing must work from any old e-mail.
Links are absolute, on WAGTAILADMIN_BASE_URL: the scheduler has no request.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

CONFIRM_SALT = "newsletter.confirm"
PREFERENCES_SALT = "newsletter.preferences"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"


class InvalidLink(Exception):
    """Not one of ours, or altered."""


class ExpiredLink(Exception):
    """One of ours, but too old."""


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def confirmation_token(sign_up_record):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(
        f"{sign_up_record.subscriber.reference.hex}.{sign_up_record.pk}"
    )


def read_confirmation_token(token):
    """(subscriber reference hex, sign-up record id) from a confirmation link."""
    max_age = settings.NEWSLETTER_CONFIRMATION_DAYS * 24 * 60 * 60
    try:
        value = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(token, max_age=max_age)
    except signing.SignatureExpired as expired:
        raise ExpiredLink from expired
    except signing.BadSignature as bad:
        raise InvalidLink from bad
    reference, _, record_id = value.partition(".")
    if not record_id.isdigit():
        raise InvalidLink
    return reference, int(record_id)


def _subscriber_token(subscriber, salt):
    return signing.Signer(salt=salt).sign(subscriber.reference.hex)


def _read_subscriber_token(token, salt):
    try:
        return signing.Signer(salt=salt).unsign(token)
    except signing.BadSignature as bad:
        raise InvalidLink from bad


def read_preferences_token(token):
    return _read_subscriber_token(token, PREFERENCES_SALT)


def read_unsubscribe_token(token):
    return _read_subscriber_token(token, UNSUBSCRIBE_SALT)


def confirm_url(sign_up_record):
    return absolute(reverse("newsletter:confirm", args=[confirmation_token(sign_up_record)]))


def preferences_url(subscriber):
    return absolute(reverse("newsletter:preferences", args=[_subscriber_token(subscriber, PREFERENCES_SALT)]))


def unsubscribe_url(subscriber):
    return absolute(reverse("newsletter:unsubscribe", args=[_subscriber_token(subscriber, UNSUBSCRIBE_SALT)]))
