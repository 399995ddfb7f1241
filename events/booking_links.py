"""Signed links to a booking: whoever holds the link from the e-mail may see and cancel that booking.

The link carries the booking's random reference and a keyed hash of it
(SECRET_KEY), so it cannot be guessed or altered; a bad or tampered token is
simply unknown. Only letters, digits and hyphens, as Wagtail's page URLs allow.
"""

import uuid

from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "events.booking-link"


def _signature(reference_hex):
    return salted_hmac(SALT, reference_hex).hexdigest()[:32]


def booking_token(booking):
    return f"{booking.reference.hex}-{_signature(booking.reference.hex)}"


def reference_from_token(token):
    """The booking reference the token carries, or None if it is not one of ours."""
    reference_hex, _, signature = token.partition("-")
    if not constant_time_compare(signature, _signature(reference_hex)):
        return None
    try:
        return uuid.UUID(hex=reference_hex)
    except ValueError:
        return None


def booking_path(event_url, booking):
    return f"{event_url}booking/{booking_token(booking)}/"
