"""App configuration for the scale and load tooling (installed for its `generate_articles` command)."""

from django.apps import AppConfig


class ToolingConfig(AppConfig):
    name = "tooling"
    verbose_name = "Scale and load tooling"
