"""App configuration for the full-page cache: connects the signals that invalidate it."""

from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "celcis_site.page_cache"
    label = "page_cache"
    verbose_name = "Page cache"

    def ready(self):
        from . import invalidation

        invalidation.connect()
