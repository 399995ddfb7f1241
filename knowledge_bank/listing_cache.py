"""Cached facts about the library: its authors and years, counts for a set of filters, and search matches.

Counting every resource per type, topic and author reads the whole library;
all of it changes only when a page is saved, moved or deleted, or a view
restriction changes (a deleted topic or type leaves the other counts as they
are). Values are kept under one generation that any such change bumps (the
rows in knowledge_bank/apps.py), so nothing stale is ever served.
"""

from celcis_site.caching.versioned import VersionedCache

# A timeout as a safety net only: every change that matters bumps the generation at once.
LIBRARY_FACTS = VersionedCache(
    "knowledge-bank", timeout=60 * 60, description="Knowledge Bank authors, years, counts and search matches"
)


def cached_library_fact(name, compute):
    """`compute()`, or its value from the cache for the current generation of the library."""
    return LIBRARY_FACTS.get_or_compute(name, compute)
