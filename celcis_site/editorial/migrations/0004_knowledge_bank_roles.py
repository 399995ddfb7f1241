"""Roles for /knowledge-bank/: editors and moderators work on resources under the news workflow;
moderators and administrators keep the resource types, editors only pick from them."""

from django.db import migrations

from celcis_site.editorial.roles import ensure_permissions_exist, sync_roles
from celcis_site.editorial.sections import grant_section_permissions


def grant_knowledge_bank_roles(apps, schema_editor):
    ensure_permissions_exist(apps)
    sync_roles(apps, during_migrations=True)
    grant_section_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [("editorial", "0003_snippets_moderators_keep"), ("knowledge_bank", "0001_initial")]

    operations = [migrations.RunPython(grant_knowledge_bank_roles, migrations.RunPython.noop)]
