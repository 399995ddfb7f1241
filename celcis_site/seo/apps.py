"""App configuration for the site maps."""

from django.apps import AppConfig


class SeoConfig(AppConfig):
    name = "celcis_site.seo"
    label = "seo"
    verbose_name = "Site maps"
