"""Cached facts about the news listings: how many articles a filter matches, and which years have news.

Counting 100,000 articles, or finding their distinct years, reads the whole
table; both change only when a page is published, unpublished, moved or
deleted. They are cached under a version number that any such change bumps,
so a value computed before a change can never be read after it.
"""

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "news:listing-version"
# A safety net only: every change that matters bumps the version at once.
TIMEOUT = 60 * 60


def _version():
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def cached_listing_fact(name, compute):
    """`compute()`, or its value from the cache for the current version of the news."""
    key = f"news:listing:{_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def _bump_version():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, timeout=None)


def forget_listing_facts(**kwargs):
    """A page changed: facts computed before now are not read again.

    At once, and again after the commit: a request served in between could
    have cached what it read before the change was committed.
    """
    _bump_version()
    transaction.on_commit(_bump_version)
