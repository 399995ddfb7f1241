"""Roles for /people/: editors and moderators work on people pages under the news workflow; administrators keep the teams."""

from django.db import migrations

from celcis_site.editorial.roles import ensure_permissions_exist, sync_roles
from celcis_site.editorial.sections import grant_section_permissions


def grant_people_roles(apps, schema_editor):
    ensure_permissions_exist(apps)
    sync_roles(apps, during_migrations=True)
    grant_section_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [("editorial", "0001_staff_roles"), ("people", "0001_initial")]

    operations = [migrations.RunPython(grant_people_roles, migrations.RunPython.noop)]
