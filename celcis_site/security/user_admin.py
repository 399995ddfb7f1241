"""Wagtail's user and group screens, closed by default to anyone who could use them to rise above their role.

Installed through StaffUsersAppConfig (users_app.py), Wagtail's supported way
to replace its user and group viewsets. Every user URL that names an account
(edit, copy, delete, history, usage and any Wagtail adds later) refuses a
non-superuser when that account is a superuser's; the create, copy and edit
forms drop the "Administrator" box for non-superusers and refuse groups the
signed-in user may not grant; every group URL is for superusers only, since a
group form can hand out any permission. Bulk actions are guarded in
wagtail_hooks.py.
"""

import functools

from django import forms
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from wagtail.admin.auth import permission_denied
from wagtail.admin.views import generic
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users
from wagtail.users.views.groups import GroupViewSet

from .staff_accounts import may_manage, ungrantable_groups


class _StaffAccountFormMixin:
    """Hides the superuser box from non-superusers and refuses groups they may not grant."""

    def __init__(self, *args, actor, **kwargs):
        # `actor` has no default: a view that forgets it fails instead of allowing everything.
        super().__init__(*args, **kwargs)
        self.actor = actor
        if not actor.is_superuser:
            self.fields.pop("is_superuser", None)

    def existing_groups(self):
        return set()

    def clean_groups(self):
        groups = self.cleaned_data.get("groups") or []
        added = [group for group in groups if group not in self.existing_groups()]
        refused = ungrantable_groups(self.actor, added)
        if refused:
            names = ", ".join(sorted(group.name for group in refused))
            raise forms.ValidationError(
                f"You cannot grant {names}: only someone who holds all of its permissions can.",
                code="group_not_held",
            )
        return groups


class StaffUserCreationForm(_StaffAccountFormMixin, UserCreationForm):
    pass


class StaffUserEditForm(_StaffAccountFormMixin, UserEditForm):
    def existing_groups(self):
        # Groups the account already has stay; only new ones must be the actor's to give.
        return set(self.instance.groups.all())


class _ActorFormMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "actor": self.request.user}


class StaffUserIndexView(users.IndexView):
    def get_edit_url(self, instance):
        if may_manage(self.request.user, instance):
            return super().get_edit_url(instance)
        return None

    def get_copy_url(self, instance):
        if may_manage(self.request.user, instance):
            return super().get_copy_url(instance)
        return None


class StaffUserCreateView(_ActorFormMixin, users.CreateView):
    pass


class StaffUserCopyView(_ActorFormMixin, generic.CopyView):
    pass


class StaffUserEditView(_ActorFormMixin, users.EditView):
    pass


def _refuse_unmanageable_target(view):
    """Wraps a user view: a URL naming an account the signed-in user may not manage is refused."""

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        if "pk" in kwargs and not request.user.is_superuser:
            target = get_user_model()._default_manager.filter(pk=unquote(str(kwargs["pk"]))).first()
            if target is not None and not may_manage(request.user, target):
                return permission_denied(request)
        return view(request, *args, **kwargs)

    return guarded


def _superusers_only(view):
    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        if not request.user.is_superuser:
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return guarded


def _wrap_every_url(urlpatterns, decorator):
    # Wrapping the patterns rather than each view class covers views Wagtail adds later.
    for pattern in urlpatterns:
        pattern.callback = decorator(pattern.callback)
    return urlpatterns


class StaffUserViewSet(users.UserViewSet):
    index_view_class = StaffUserIndexView
    add_view_class = StaffUserCreateView
    copy_view_class = StaffUserCopyView
    edit_view_class = StaffUserEditView

    def get_form_class(self, for_update=False):
        return StaffUserEditForm if for_update else StaffUserCreationForm

    def get_urlpatterns(self):
        return _wrap_every_url(super().get_urlpatterns(), _refuse_unmanageable_target)


class StaffGroupViewSet(GroupViewSet):
    def get_urlpatterns(self):
        return _wrap_every_url(super().get_urlpatterns(), _superusers_only)
