"""App configuration: keeps the roles in step with `roles.py` and moderates new news sections."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class EditorialConfig(AppConfig):
    name = "celcis_site.editorial"
    label = "editorial"
    verbose_name = "Editorial workflow"

    def ready(self):
        from celcis_site.home.models import HomePage
        from news.models import CampaignIndexPage, NewsIndexPage
        from people.models import PeopleIndexPage

        from . import sections
        from .roles import sync_roles_after_migrate

        post_migrate.connect(sync_roles_after_migrate, sender=self)
        for section_model in (HomePage, NewsIndexPage, CampaignIndexPage, PeopleIndexPage):
            post_save.connect(
                sections.grant_permissions_on_new_section,
                sender=section_model,
                dispatch_uid=f"editorial-section-{section_model._meta.label_lower}",
            )
