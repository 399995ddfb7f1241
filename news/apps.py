"""App configuration for news."""

from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "News"

    def ready(self):
        from . import signals

        signals.connect()
