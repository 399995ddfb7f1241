"""A per-client limit on form submissions (enquiries, bookings), counted in the cache.

The client is known only by a keyed hash of its address, kept in the cache
(Redis in production) for the length of the window: the address itself is
never stored, in the cache or in the database.

Behind a reverse proxy every request comes from the proxy's address; set
TRUSTED_PROXY_COUNT to the number of proxies that append to X-Forwarded-For
so that the visitor's own address is counted instead.

If the cache is unreachable the limit fails open (the submission is accepted
and a warning logged): refusing every enquiry while Redis is down would shut
out people asking for help, and the form's honeypot still applies.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)


def client_address(request):
    """The visitor's address: the connection's, or the one the trusted proxies recorded."""
    proxy_count = settings.TRUSTED_PROXY_COUNT
    if proxy_count:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        # Each trusted proxy appends the address it saw; anything further left the client can forge.
        if len(forwarded) >= proxy_count:
            return forwarded[-proxy_count]
    return request.META.get("REMOTE_ADDR", "")


class SubmissionRateLimit:
    """At most CONTACT_FORM_RATE_LIMIT accepted submissions per client per window."""

    def __init__(self, request):
        self.limit = settings.CONTACT_FORM_RATE_LIMIT
        self.window_seconds = settings.CONTACT_FORM_RATE_LIMIT_WINDOW
        client = salted_hmac("contacts.rate_limit", client_address(request)).hexdigest()
        self.cache_key = f"contacts:contact-form-submissions:{client}"

    @property
    def window_minutes(self):
        return self.window_seconds // 60

    def exceeded(self):
        return cache.get(self.cache_key, 0) >= self.limit

    def record(self):
        # add() starts the window only if it has not started; incr() is atomic in Redis.
        cache.add(self.cache_key, 0, self.window_seconds)
        try:
            counted = cache.incr(self.cache_key)
        except ValueError:
            # The window ended between add() and incr(): this submission starts a new one.
            cache.set(self.cache_key, 1, self.window_seconds)
            return
        if counted is None:
            # The cache (Redis) is unreachable and its errors are ignored: fail open, so a
            # visitor who needs help can still write; the enquiry is stored as usual.
            logger.warning("Contact form rate limit not counted: the cache is unreachable.")
