"""Grant "Can view bookings" to the roles roles.py names (moderators and site administrators)."""

from django.db import migrations

from celcis_site.editorial.roles import ensure_permissions_exist, sync_roles
from celcis_site.editorial.sections import grant_section_permissions


def grant_booking_permission(apps, schema_editor):
    ensure_permissions_exist(apps)
    sync_roles(apps, during_migrations=True)
    grant_section_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("editorial", "0001_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_booking_permission, migrations.RunPython.noop)]
