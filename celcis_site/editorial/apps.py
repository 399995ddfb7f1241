"""App configuration: keeps the roles in step with `roles.py` and sets up new editorial sections."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class EditorialConfig(AppConfig):
    name = "celcis_site.editorial"
    label = "editorial"
    verbose_name = "Editorial workflow"

    def ready(self):
        from . import sections
        from .roles import SITE_PAGE_PERMISSIONS, sync_roles_after_migrate

        post_migrate.connect(sync_roles_after_migrate, sender=self)
        # Senders named "app_label.Model": the site-wide part never imports a content app.
        for section_type in [*SITE_PAGE_PERMISSIONS, *sections.editorial_sections()]:
            post_save.connect(
                sections.grant_permissions_on_new_section,
                sender=section_type,
                dispatch_uid=f"editorial-section-{section_type.lower()}",
            )
