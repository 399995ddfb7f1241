"""Create the three staff roles on every install, and retire Wagtail's site-wide default groups.

Wagtail's first migrations give its default "Editors" and "Moderators" groups
rights over the whole page tree and a "Moderators approval" workflow on the
root. Here "Moderators" keeps its name but only the news sections (see
roles.py), the unused "Editors" group goes, and the root workflow is
unassigned, so only news and campaigns are moderated.
"""

from django.db import migrations

from celcis_site.editorial.roles import MODERATORS, ensure_permissions_exist, sync_roles
from celcis_site.editorial.sections import grant_section_permissions


def retire_wagtail_default_groups(apps):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    tree_root = Page.objects.filter(depth=1).first()
    if tree_root is not None:
        GroupPagePermission.objects.filter(page=tree_root, group__name__in=["Editors", MODERATORS]).delete()
        WorkflowPage.objects.filter(page=tree_root, workflow__name="Moderators approval").delete()
    # Kept if someone already put people in it: removing their access silently would surprise them.
    Group.objects.filter(name="Editors", user__isnull=True).delete()


def create_staff_roles(apps, schema_editor):
    ensure_permissions_exist(apps)
    retire_wagtail_default_groups(apps)
    sync_roles(apps, during_migrations=True)
    grant_section_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("home", "0001_initial"),
        ("news", "0002_topic_alter_newsarticlepage_body_and_more"),
        ("contacts", "0001_initial"),
        ("navigation", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_staff_roles, migrations.RunPython.noop)]
