"""App configuration for the demo content loader."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "celcis_site.demo"
    label = "demo"
    verbose_name = "Demo content"
