"""Ended events leave the listings at once, not when the page cache happens to expire.

The events index, the home page and the calendar feed list an event until it
ends; the full-page cache would keep serving them up to PAGE_CACHE_SECONDS
longer. Each scheduler round clears the page cache if an event ended since the
round before (the first round looks back one cache lifetime).
"""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from celcis_site.caching.versioned import bump

from .models import EventPage

LAST_ROUND_KEY = "events:ended-check:last-round"


def clear_pages_when_an_event_ends(now=None, stdout=None):
    now = now or timezone.now()
    since = cache.get(LAST_ROUND_KEY) or now - datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS)
    cache.set(LAST_ROUND_KEY, now, timeout=None)
    if EventPage.objects.live().filter(end__gt=since, end__lte=now).exists():
        bump("page-cache", "an event ended, so it leaves the upcoming listings")
        return True
    return False
