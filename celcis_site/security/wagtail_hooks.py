"""Admin hooks: bulk actions on staff accounts, closed by default to anyone below a superuser.

A non-superuser may run only the bulk actions listed here, only on accounts
they may manage (no superuser), and may assign only a role they may grant.
A bulk action Wagtail adds later is refused until it is reviewed and listed.
"""

from django.contrib.auth import get_user_model
from wagtail import hooks
from wagtail.admin.auth import permission_denied

from .staff_accounts import may_grant_group, may_manage

# Bulk actions on users a non-superuser may run, with any check beyond "may manage every target".
_REVIEWED_USER_BULK_ACTIONS = {"delete", "set_active_state", "assign_role"}


def _role_refused(request, action):
    role = action.cleaned_form.cleaned_data.get("role")
    return role is not None and not may_grant_group(request.user, role)


@hooks.register("before_bulk_action")
def guard_bulk_actions_on_staff_accounts(request, action_type, objects, action):
    if request.user.is_superuser or get_user_model() not in action.models:
        return None
    if action_type not in _REVIEWED_USER_BULK_ACTIONS:
        return permission_denied(request)
    if any(not may_manage(request.user, target) for target in objects):
        return permission_denied(request)
    if action_type == "assign_role" and _role_refused(request, action):
        return permission_denied(request)
    return None
