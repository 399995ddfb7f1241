"""Cached facts about the news listings: how many articles a filter matches, and which years have news.

Counting 100,000 articles, or finding their distinct years, reads the whole
table; both change only when a page is published, unpublished, moved or
deleted, or a view restriction changes. They are cached under a generation
any such change bumps (news/apps.py declares the triggers), so a value
computed before a change can never be read after it.
"""

from celcis_site.caching.versioned import VersionedCache

# A timeout as a safety net only: every change that matters bumps the generation at once.
LISTING_FACTS = VersionedCache(
    "news-listing", timeout=60 * 60, description="news counts and years", local=True
)


def cached_listing_fact(name, compute):
    """`compute()`, or its value from the cache for the current generation of the news."""
    return LISTING_FACTS.get_or_compute(name, compute)
