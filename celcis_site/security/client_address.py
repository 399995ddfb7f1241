"""The visitor's own address, which every per-client limit keys on (rate limits, throttles, lockout).

Behind reverse proxies every connection comes from the nearest proxy; set
TRUSTED_PROXY_COUNT to the number of proxies that append to X-Forwarded-For,
and the address the outermost trusted proxy saw is used. Entries further left
are written by the client and can be forged, so they are never used.
"""

from django.conf import settings


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
