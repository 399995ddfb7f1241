"""The three staff roles and what each may do: the one list to edit when a permission is added.

Model permissions are "app_label.codename" strings. Image and document
permissions are granted on the root collection; page permissions on the
sections in SITE_PAGE_PERMISSIONS and each content app's editorial sections
(see sections.py, which applies them once those pages exist). Granting is additive: a permission a
superuser added by hand in the admin is never taken away.
"""

import logging

from django.apps import apps as global_apps

logger = logging.getLogger(__name__)

NEWS_EDITORS = "News editors"
MODERATORS = "Moderators"
SITE_ADMINISTRATORS = "Site administrators"

# The --role values of `create_staff_user`.
ROLE_GROUPS = {"editor": NEWS_EDITORS, "moderator": MODERATORS, "admin": SITE_ADMINISTRATORS}

# Topics and partner organisations show on public pages at once (snippets without
# drafts): moderators and administrators keep them; editors only pick from them.
_NEWS_SNIPPETS_TO_PICK = ["news.view_topic", "news.view_partnerorganisation"]
_NEWS_SNIPPETS = [
    *_NEWS_SNIPPETS_TO_PICK,
    "news.add_topic",
    "news.change_topic",
    "news.delete_topic",
    "news.add_partnerorganisation",
    "news.change_partnerorganisation",
    "news.delete_partnerorganisation",
]
# Teams are a list administrators keep; editors only pick from them.
_LISTS_ADMINISTRATORS_KEEP = ["people.add_team", "people.change_team", "people.delete_team"]
# Resource types show on public pages at once, like topics: moderators and administrators keep them.
_RESOURCE_TYPES_TO_PICK = ["knowledge_bank.view_resourcetype"]
_RESOURCE_TYPES = [
    *_RESOURCE_TYPES_TO_PICK,
    "knowledge_bank.add_resourcetype",
    "knowledge_bank.change_resourcetype",
    "knowledge_bank.delete_resourcetype",
]

MODEL_PERMISSIONS = {
    NEWS_EDITORS: [
        "wagtailadmin.access_admin",
        *_NEWS_SNIPPETS_TO_PICK,
        *_RESOURCE_TYPES_TO_PICK,
        "people.view_team",
    ],
    MODERATORS: [
        "wagtailadmin.access_admin",
        *_NEWS_SNIPPETS,
        *_RESOURCE_TYPES,
        "people.view_team",
        "events.view_bookings",
    ],
    SITE_ADMINISTRATORS: [
        "wagtailadmin.access_admin",
        "contacts.change_contactdetails",
        "navigation.change_navigationsettings",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        "auth.add_user",
        "auth.change_user",
        "auth.delete_user",
        *_LISTS_ADMINISTRATORS_KEEP,
        *_NEWS_SNIPPETS,
        *_RESOURCE_TYPES,
        "events.view_bookings",
        # The mailing list is personal data: counts, the export and erasure are administrators' only.
        "newsletter.manage_subscribers",
    ],
}

# On the root collection: what each role may do with images and documents.
COLLECTION_PERMISSIONS = {
    NEWS_EDITORS: [
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    ],
    MODERATORS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
    SITE_ADMINISTRATORS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
}

# Page permissions (wagtailcore.Page codenames) on the sections editors work in, under moderation:
# the page types each content app names in its AppConfig's `editorial_sections` (sections.py);
# a section's permissions cover every page below it.
EDITORIAL_SECTION_PERMISSIONS = {
    # No publish: an editor's work reaches the site only through a moderator.
    NEWS_EDITORS: ["add_page", "change_page", "lock_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}

# Page permissions on site-wide pages, by page type: the home page's cover the whole site.
SITE_PAGE_PERMISSIONS = {
    "home.HomePage": {
        SITE_ADMINISTRATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    },
}

MODERATION_WORKFLOW = "News and campaigns moderation"
MODERATION_TASK = "Moderator approval"
MODERATION_TASK_GROUPS = [MODERATORS]


def find_permission(apps, dotted_name):
    """The Permission for "app_label.codename", or None if that app is not installed (yet)."""
    app_label, codename = dotted_name.split(".", 1)
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def ensure_permissions_exist(apps):
    """Create every installed model's permissions now.

    Django creates them after all migrations have run; a data migration that
    grants them, run on a fresh database, would otherwise find none.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def sync_roles(apps=global_apps, during_migrations=False):
    """Create the three groups and grant them every model and collection permission in this module.

    `during_migrations`: from a data migration, where an app migrated later has no permissions
    yet; they are granted after `migrate` (sync_roles_after_migrate), which warns if one is missing.
    """
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()

    for group_name in ROLE_GROUPS.values():
        group, _ = Group.objects.get_or_create(name=group_name)
        for dotted_name in MODEL_PERMISSIONS[group_name]:
            permission = find_permission(apps, dotted_name)
            if permission is None and not during_migrations:
                logger.warning("Role %s: no permission %s; is its app installed?", group_name, dotted_name)
            if permission is None:
                continue
            group.permissions.add(permission)
        if root_collection is None:
            continue
        for dotted_name in COLLECTION_PERMISSIONS[group_name]:
            permission = find_permission(apps, dotted_name)
            if permission is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )


def sync_roles_after_migrate(sender, apps=global_apps, **kwargs):
    """post_migrate: a permission added to this module since the last `migrate` is granted now."""
    ensure_permissions_exist(apps)
    sync_roles(apps)
