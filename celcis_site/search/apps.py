"""App configuration for site search."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "celcis_site.search"
    label = "site_search"
    verbose_name = "Search"
