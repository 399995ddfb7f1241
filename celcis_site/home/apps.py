"""App configuration for the home page."""

from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "celcis_site.home"
    label = "home"
    verbose_name = "Home"
