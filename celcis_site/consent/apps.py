"""The consent app: cookie categories, consent records and the middleware that enforces them."""

from django.apps import AppConfig


class ConsentConfig(AppConfig):
    name = "celcis_site.consent"
    label = "consent"
    verbose_name = "Cookie consent"
