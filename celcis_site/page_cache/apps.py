"""App configuration for the full-page cache: connects the CDN purges (celcis_site/caching clears Redis)."""

from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "celcis_site.page_cache"
    label = "page_cache"
    verbose_name = "Page cache"

    def ready(self):
        from . import cdn

        cdn.connect()
