"""Signed links to a booking: whoever holds the link from the e-mail may see and cancel that booking.

The link carries the booking's random reference, signed with SECRET_KEY, so
it cannot be guessed or altered; a bad or tampered token is simply unknown.
"""

from django.core import signing

SALT = "events.booking-link"


def booking_token(booking):
    return signing.dumps(str(booking.reference), salt=SALT)


def reference_from_token(token):
    """The booking reference the token carries, or None if it is not one of ours."""
    try:
        return signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None


def booking_path(event_url, booking):
    return f"{event_url}booking/{booking_token(booking)}/"
