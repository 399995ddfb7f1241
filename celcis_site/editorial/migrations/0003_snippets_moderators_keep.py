"""Topics and partner organisations go live when saved: editors may now only pick them; moderators and administrators keep them.

sync_roles only adds permissions, so the ones News editors no longer have are taken away here.
"""

from django.db import migrations

from celcis_site.editorial.roles import NEWS_EDITORS, ensure_permissions_exist, find_permission, sync_roles

NO_LONGER_FOR_EDITORS = [
    "news.add_topic",
    "news.change_topic",
    "news.add_partnerorganisation",
    "news.change_partnerorganisation",
]


def moderators_keep_the_news_snippets(apps, schema_editor):
    ensure_permissions_exist(apps)
    sync_roles(apps, during_migrations=True)
    editors = apps.get_model("auth", "Group").objects.filter(name=NEWS_EDITORS).first()
    if editors is None:
        return
    for dotted_name in NO_LONGER_FOR_EDITORS:
        permission = find_permission(apps, dotted_name)
        if permission is not None:
            editors.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [("editorial", "0002_people_roles"), ("news", "0001_initial")]

    operations = [migrations.RunPython(moderators_keep_the_news_snippets, migrations.RunPython.noop)]
