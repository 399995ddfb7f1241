"""Who may manage which staff account, and which groups they may hand out.

The rules behind every user and group screen of the admin (see user_admin.py
and wagtail_hooks.py): nobody below a superuser touches a superuser's account
or grants superuser status, and nobody grants a group whose permissions they
do not hold themselves, so no role can lift itself or a friend above its level.
"""

from wagtail.models import GroupCollectionPermission, GroupPagePermission


def may_manage(actor, target):
    """Whether `actor` may change, copy, (de)activate or delete `target`'s account."""
    return actor.is_superuser or not target.is_superuser


def may_grant_group(actor, group):
    """Whether `actor` may make someone a member of `group`.

    They may if they are a member themselves, or if they already hold every
    permission the group gives: its model permissions, and its page and
    collection permissions on the same place or a place above it.
    """
    if actor.is_superuser or actor.groups.filter(pk=group.pk).exists():
        return True
    for permission in group.permissions.select_related("content_type"):
        if not actor.has_perm(f"{permission.content_type.app_label}.{permission.codename}"):
            return False
    return _holds_tree_permissions(actor, group, GroupPagePermission, "page") and _holds_tree_permissions(
        actor, group, GroupCollectionPermission, "collection"
    )


def _holds_tree_permissions(actor, group, model, node_field):
    # Pages and collections are trees stored by materialised path: a permission
    # on a node covers every node whose path starts with that node's path.
    held = {}
    for permission_id, path in model.objects.filter(group__user=actor).values_list(
        "permission_id", f"{node_field}__path"
    ):
        held.setdefault(permission_id, []).append(path)
    for permission_id, path in model.objects.filter(group=group).values_list(
        "permission_id", f"{node_field}__path"
    ):
        if not any(path.startswith(prefix) for prefix in held.get(permission_id, ())):
            return False
    return True


def ungrantable_groups(actor, groups):
    """The groups among `groups` that `actor` may not grant."""
    return [group for group in groups if not may_grant_group(actor, group)]
