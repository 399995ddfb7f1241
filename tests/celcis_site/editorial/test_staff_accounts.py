"""A site administrator cannot become a superuser, nor act on one, nor hand out a role they do not hold.

One test per admin view of users and groups, each the attack a security
review made with a "Site administrators" account.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from celcis_site.editorial.roles import MODERATORS, NEWS_EDITORS, SITE_ADMINISTRATORS
from celcis_site.security.wagtail_hooks import guard_bulk_actions_on_staff_accounts
from tests.celcis_site.editorial.conftest import PASSWORD

User = get_user_model()


@pytest.fixture
def admin_client(client, make_staff):
    client.force_login(make_staff("admin"))
    return client


@pytest.fixture
def root(db):
    return User.objects.create_superuser("root", email="root@celcis.example", password="a-long-root-password")


def _new_user_form(username, **extra):
    return {
        "username": username,
        "email": f"{username}@celcis.example",
        "first_name": "Mallory",
        "last_name": "Example",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **extra,
    }


def _edit_form(user, **extra):
    return {
        "username": user.username,
        "email": user.email or f"{user.username}@celcis.example",
        "first_name": "Ed",
        "last_name": "Itor",
        "is_active": "on",
        "groups": [group.pk for group in user.groups.all()],
        **extra,
    }


def _refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def _group(name):
    return Group.objects.get(name=name)


def _bulk_url(action, *ids):
    query = "&".join(f"id={pk}" for pk in ids)
    return f"/admin/bulk/auth/user/{action}/?{query}&next=/admin/users/"


def test_create_a_user_with_the_administrator_box_ticked_makes_no_superuser(admin_client):
    response = admin_client.post(
        reverse("wagtailusers_users:add"), _new_user_form("mallory", is_superuser="on")
    )

    assert response.status_code == 302
    assert User.objects.get(username="mallory").is_superuser is False
    assert b'name="is_superuser"' not in admin_client.get(reverse("wagtailusers_users:add")).content


def test_create_a_user_in_a_group_the_administrator_does_not_hold_is_refused(admin_client):
    form = _new_user_form("mallory", groups=[_group(MODERATORS).pk])

    response = admin_client.post(reverse("wagtailusers_users:add"), form)

    assert response.status_code == 200
    assert b"You cannot grant Moderators" in response.content
    assert not User.objects.filter(username="mallory").exists()


def test_create_a_user_in_the_administrators_own_group_works(admin_client):
    form = _new_user_form("colleague", groups=[_group(SITE_ADMINISTRATORS).pk])

    admin_client.post(reverse("wagtailusers_users:add"), form)

    assert User.objects.get(username="colleague").groups.filter(name=SITE_ADMINISTRATORS).exists()


def test_edit_a_staff_member_cannot_tick_administrator(admin_client, make_staff):
    editor = make_staff("editor")

    page = admin_client.get(reverse("wagtailusers_users:edit", args=(editor.pk,)))
    admin_client.post(
        reverse("wagtailusers_users:edit", args=(editor.pk,)), _edit_form(editor, is_superuser="on")
    )

    assert page.status_code == 200
    assert b'name="is_superuser"' not in page.content
    editor.refresh_from_db()
    assert editor.is_superuser is False


def test_edit_a_staff_member_cannot_add_a_group_the_administrator_does_not_hold(admin_client, make_staff):
    admin_client.post(reverse("wagtailusers_users:add"), _new_user_form("plain"))
    plain = User.objects.get(username="plain")
    form = _edit_form(plain, groups=[_group(MODERATORS).pk])

    response = admin_client.post(reverse("wagtailusers_users:edit", args=(plain.pk,)), form)

    assert response.status_code == 200
    assert not plain.groups.filter(name=MODERATORS).exists()


def test_edit_keeps_the_groups_an_account_already_has(admin_client, make_staff):
    editor = make_staff("editor")

    response = admin_client.post(reverse("wagtailusers_users:edit", args=(editor.pk,)), _edit_form(editor))

    assert response.status_code == 302
    assert editor.groups.filter(name=NEWS_EDITORS).exists()


def test_edit_a_superuser_is_refused(admin_client, root):
    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=(root.pk,)), _edit_form(root, is_active="")
    )

    assert _refused(response)
    root.refresh_from_db()
    assert root.is_active
    assert root.check_password("a-long-root-password")


def test_copy_a_superuser_is_refused(admin_client, root):
    url = reverse("wagtailusers_users:copy", args=(root.pk,))

    page = admin_client.get(url)
    admin_client.post(url, _new_user_form("mallory", is_superuser="on"))

    assert _refused(page)
    assert not User.objects.filter(username="mallory").exists()


def test_copy_a_staff_member_makes_no_superuser(admin_client, make_staff):
    editor = make_staff("editor")

    admin_client.post(
        reverse("wagtailusers_users:copy", args=(editor.pk,)), _new_user_form("mallory", is_superuser="on")
    )

    assert not User.objects.filter(is_superuser=True).exists()


def test_copy_a_moderator_cannot_hand_out_the_moderators_group(admin_client, make_staff):
    moderator = make_staff("moderator")
    form = _new_user_form("mallory", groups=[_group(MODERATORS).pk])

    admin_client.post(reverse("wagtailusers_users:copy", args=(moderator.pk,)), form)

    assert not User.objects.filter(username="mallory", groups__name=MODERATORS).exists()


def test_delete_a_superuser_is_refused(admin_client, root):
    response = admin_client.post(reverse("wagtailusers_users:delete", args=(root.pk,)))

    assert _refused(response)
    assert User.objects.filter(pk=root.pk).exists()


def test_every_other_view_of_a_superusers_account_is_refused(admin_client, root):
    for name in ("history", "history_results", "usage"):
        assert _refused(admin_client.get(reverse(f"wagtailusers_users:{name}", args=(root.pk,)))), name


def test_the_user_list_offers_no_edit_link_to_a_superusers_account(admin_client, root):
    response = admin_client.get(reverse("wagtailusers_users:index"))

    assert response.status_code == 200
    assert reverse("wagtailusers_users:edit", args=(root.pk,)).encode() not in response.content


def test_bulk_deactivate_a_superuser_is_refused(admin_client, root):
    admin_client.post(_bulk_url("set_active_state", root.pk), {"mark_as_active": "False"})

    root.refresh_from_db()
    assert root.is_active is True


def test_bulk_deactivate_staff_still_works(admin_client, make_staff):
    editor = make_staff("editor")

    admin_client.post(_bulk_url("set_active_state", editor.pk), {"mark_as_active": "False"})

    editor.refresh_from_db()
    assert editor.is_active is False


def test_bulk_delete_a_superuser_is_refused(admin_client, root, make_staff):
    editor = make_staff("editor")

    admin_client.post(_bulk_url("delete", root.pk, editor.pk))

    assert User.objects.filter(pk=root.pk).exists()


def test_bulk_assign_a_role_the_administrator_does_not_hold_is_refused(admin_client, make_staff):
    editor = make_staff("editor")

    admin_client.post(_bulk_url("assign_role", editor.pk), {"role": _group(MODERATORS).pk})

    assert not editor.groups.filter(name=MODERATORS).exists()


def test_bulk_assign_a_role_to_a_superuser_is_refused(admin_client, root):
    admin_client.post(_bulk_url("assign_role", root.pk), {"role": _group(SITE_ADMINISTRATORS).pk})

    assert not root.groups.exists()


def test_a_bulk_action_wagtail_adds_later_is_refused_until_reviewed(rf, make_staff):
    class FutureUserAction:
        models = [User]

    request = rf.post("/admin/bulk/auth/user/future/")
    request.user = make_staff("admin")
    request._messages = type("Messages", (), {"add": lambda *args, **kwargs: None})()

    response = guard_bulk_actions_on_staff_accounts(request, "future", [], FutureUserAction())

    assert response is not None
    assert response.status_code == 302


def test_group_views_are_for_superusers_even_with_group_permissions(client, make_staff):
    # A role given the group permissions later could otherwise write itself any permission.
    admin = make_staff("admin")
    admin.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="auth", codename__endswith="_group")
    )
    client.force_login(admin)
    group = _group(SITE_ADMINISTRATORS)
    form = {"name": "Escalated", "permissions": [Permission.objects.get(codename="delete_user").pk]}

    responses = [
        client.get(reverse("wagtailusers_groups:index")),
        client.post(reverse("wagtailusers_groups:add"), form),
        client.get(reverse("wagtailusers_groups:edit", args=(group.pk,))),
        client.post(reverse("wagtailusers_groups:delete", args=(group.pk,))),
    ]

    assert all(_refused(response) for response in responses)
    assert not Group.objects.filter(name="Escalated").exists()
    assert Group.objects.filter(pk=group.pk).exists()
