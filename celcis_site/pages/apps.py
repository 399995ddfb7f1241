"""App configuration for the shared page types."""

from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "celcis_site.pages"
    label = "pages"
    verbose_name = "Pages"
