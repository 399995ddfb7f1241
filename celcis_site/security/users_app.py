"""Wagtail's users app with the guarded user and group screens of user_admin.py (listed in INSTALLED_APPS)."""

from wagtail.users.apps import WagtailUsersAppConfig


class StaffUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "celcis_site.security.user_admin.StaffUserViewSet"
    group_viewset = "celcis_site.security.user_admin.StaffGroupViewSet"
