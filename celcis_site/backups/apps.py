"""App configuration for backups."""

from django.apps import AppConfig


class BackupsConfig(AppConfig):
    name = "celcis_site.backups"
    label = "backups"
    verbose_name = "Backups"
