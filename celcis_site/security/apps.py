"""App configuration for the site-wide protections."""

from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "celcis_site.security"
    label = "security"
    verbose_name = "Security"

    def ready(self):
        from .admin_csp import add_nonce_to_chooser_scripts

        add_nonce_to_chooser_scripts()
