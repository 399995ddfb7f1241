"""App configuration for the site's caches: connects the invalidation table's triggers."""

from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "celcis_site.caching"
    label = "caching"
    verbose_name = "Caches"

    def ready(self):
        from . import invalidation

        invalidation.connect()
