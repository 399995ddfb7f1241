"""Page permissions and the moderation workflow on the site's sections, once those pages exist.

Roles are created by a migration, but the pages their permissions attach to
(home, /news/, /campaigns/) are made later, by an editor or the demo loader.
Which page types are sections is declared by the apps that own them: a
content app lists its section page types in `editorial_sections` on its
AppConfig (news: `("news.NewsIndexPage", "news.CampaignIndexPage")`), and
they are moderated and open to the editors.
`grant_section_permissions` is called from the migration, the demo loader and
whenever such a page is created; it only ever adds what is missing, so a
workflow or permission an administrator changed is left as they set it.
"""

from django.apps import apps as global_apps

from .roles import (
    EDITORIAL_SECTION_PERMISSIONS,
    MODERATION_TASK,
    MODERATION_TASK_GROUPS,
    MODERATION_WORKFLOW,
    SITE_PAGE_PERMISSIONS,
)


def editorial_sections():
    """The page types ("app_label.Model") editors work under, with moderation, as the apps declare them."""
    return [
        label
        for app_config in global_apps.get_app_configs()
        for label in getattr(app_config, "editorial_sections", ())
    ]


def section_page_permissions():
    """Each section page type and the page permissions every role gets on it."""
    return {
        **SITE_PAGE_PERMISSIONS,
        **dict.fromkeys(editorial_sections(), EDITORIAL_SECTION_PERMISSIONS),
    }


def _pages_of_type(apps, dotted_model):
    app_label, model_name = dotted_model.lower().split(".")
    Page = apps.get_model("wagtailcore", "Page")
    return Page.objects.filter(content_type__app_label=app_label, content_type__model=model_name)


def moderation_workflow(apps=global_apps):
    """The news moderation workflow (one moderator-approval task), created if missing."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    workflow = Workflow.objects.filter(name=MODERATION_WORKFLOW).first()
    if workflow is not None:
        return workflow
    task = GroupApprovalTask.objects.filter(name=MODERATION_TASK).first()
    if task is None:
        # Set by hand: the historical models a migration uses do not fill it in.
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=MODERATION_TASK, content_type=task_type, active=True)
        task.groups.set(Group.objects.filter(name__in=MODERATION_TASK_GROUPS))
    workflow = Workflow.objects.create(name=MODERATION_WORKFLOW, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def grant_section_permissions(apps=global_apps):
    """Give each role its permissions on every section page, and moderate the editorial sections."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    page_permissions = {
        permission.codename: permission
        for permission in Permission.objects.filter(content_type__app_label="wagtailcore")
    }
    moderated = editorial_sections()
    for section_type, grants in section_page_permissions().items():
        sections = list(_pages_of_type(apps, section_type))
        if not sections:
            continue
        for group_name, codenames in grants.items():
            group, _ = Group.objects.get_or_create(name=group_name)
            for section in sections:
                for codename in codenames:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=section, permission=page_permissions[codename]
                    )
        if section_type in moderated:
            workflow = moderation_workflow(apps)
            for section in sections:
                # An administrator's own choice of workflow for the section stays.
                WorkflowPage.objects.get_or_create(page=section, defaults={"workflow": workflow})


def grant_permissions_on_new_section(sender, instance, created, raw=False, **kwargs):
    """post_save on the section page types: a new section gets its roles and workflow at once."""
    if created and not raw:
        grant_section_permissions()
