"""App configuration for the mailing list: its cache trigger; pruning and the digest in scheduler rounds."""

from django.apps import AppConfig

from celcis_site.caching.triggers import EDITED, Trigger


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Mailing list"

    # The sign-up forms list the topics (topics.py): a topic saved or deleted shows at once.
    cache_triggers = (Trigger("newsletter-topics", "news.Topic", EDITED, ("newsletter-topics",)),)

    def ready(self):
        from celcis_site.editorial.scheduling import run_every_round

        from . import topics  # noqa: F401 (names its cache, so the invalidation table can check it)
        from .digest import send_due_digest
        from .subscriptions import prune_unconfirmed

        run_every_round(prune_unconfirmed)
        run_every_round(send_due_digest)
