"""Grant "Can see, export and erase mailing list subscribers" to the role roles.py names (site administrators)."""

from django.db import migrations

from celcis_site.editorial.roles import ensure_permissions_exist, sync_roles


def grant_mailing_list_permission(apps, schema_editor):
    ensure_permissions_exist(apps)
    sync_roles(apps, during_migrations=True)


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0001_initial"),
        ("editorial", "0003_snippets_moderators_keep"),
    ]

    operations = [migrations.RunPython(grant_mailing_list_permission, migrations.RunPython.noop)]
