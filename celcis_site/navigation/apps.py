"""App configuration for navigation."""

from django.apps import AppConfig


class NavigationConfig(AppConfig):
    name = "celcis_site.navigation"
    label = "navigation"
    verbose_name = "Navigation"
