"""App configuration for the site's caches: connects the invalidation table and the request scope."""

from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "celcis_site.caching"
    label = "caching"
    verbose_name = "Caches"

    def ready(self):
        from django.core.signals import request_finished, request_started

        from . import invalidation, memory

        invalidation.connect()
        request_started.connect(memory.begin_request, dispatch_uid="caching.begin_request")
        request_finished.connect(memory.end_request, dispatch_uid="caching.end_request")
