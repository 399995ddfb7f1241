"""The topics the sign-up forms offer, read through a versioned cache.

The footer form is on every page, so reading the topics from the database
would add a query to every page rendered; they are cached instead, and the
cache is cleared whenever a topic is saved or deleted (this app's row in the
invalidation table, apps.py).
"""

from celcis_site.caching.versioned import VersionedCache

TOPIC_CHOICES = VersionedCache(
    "newsletter-topics",
    timeout=None,
    description="the topics the mailing list's sign-up forms offer",
    local=True,
)


def _load():
    from news.models import Topic

    return [{"slug": slug, "name": name} for slug, name in Topic.objects.values_list("slug", "name")]


def topic_choices():
    """[{"slug", "name"}] of every topic, in the topics' own order (by name)."""
    return TOPIC_CHOICES.get_or_compute("all", _load)
