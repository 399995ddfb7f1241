"""A per-client limit on contact form submissions: CONTACT_FORM_RATE_LIMIT per CONTACT_FORM_RATE_LIMIT_WINDOW.

Counted before the submission is stored (celcis_site/security/throttle.py), so
submissions sent at once cannot slip past it; a submission sent back with
errors is uncounted. The client is known only by a keyed hash of its address
(celcis_site/security/client_address.py, which honours TRUSTED_PROXY_COUNT).
"""

from django.conf import settings

from celcis_site.security.client_address import client_address
from celcis_site.security.throttle import Throttle


def submission_rate_limit(request):
    return Throttle(
        "contact-form",
        client_address(request),
        settings.CONTACT_FORM_RATE_LIMIT,
        settings.CONTACT_FORM_RATE_LIMIT_WINDOW,
        label="Contact form rate limit",
    )
