"""Who may do what in the Knowledge Bank: roles come from celcis_site/editorial/roles.py and its migrations.

Editors write resources under moderation and pick types; moderators and
administrators keep the list of resource types, which shows on the site at once.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import WorkflowPage

from celcis_site.editorial.roles import MODERATION_WORKFLOW, ROLE_GROUPS
from knowledge_bank.models import ResourceType


def staff(role):
    user = get_user_model().objects.create_user(role, password="a long password 123")
    user.groups.add(Group.objects.get(name=ROLE_GROUPS[role]))
    return user


def test_editors_pick_resource_types_and_moderators_keep_them(client, library, report_type):
    editor, moderator = staff("editor"), staff("moderator")
    add_url = reverse("wagtailsnippets_knowledge_bank_resourcetype:add")
    new_type = {"name": "Leaflet", "slug": "leaflet", "citation_kind": "other", "sort_order": 5}

    assert editor.has_perm("knowledge_bank.view_resourcetype")
    client.force_login(editor)
    client.post(add_url, new_type)
    assert not ResourceType.objects.filter(slug="leaflet").exists()

    client.force_login(moderator)
    assert client.post(add_url, new_type).status_code == 302
    assert ResourceType.objects.filter(slug="leaflet").exists()


def test_the_library_is_moderated_and_editors_may_add_resources_but_not_publish(library):
    workflow_page = WorkflowPage.objects.get(page=library)
    editor = staff("editor")
    permissions = library.permissions_for_user(editor)

    assert workflow_page.workflow.name == MODERATION_WORKFLOW
    assert permissions.can_add_subpage()
    assert not permissions.can_publish()
