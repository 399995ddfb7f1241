"""Admin wiring: the "Mailing list" report (counts, CSV export, erasure) for users with the permission."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class MailingListMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_urls")
def register_mailing_list_urls():
    return [
        path("mailing-list/", admin_views.subscribers, name="newsletter_subscribers"),
        path("mailing-list/confirmed.csv", admin_views.subscribers_csv, name="newsletter_subscribers_csv"),
    ]


@hooks.register("register_reports_menu_item")
def register_mailing_list_menu_item():
    return MailingListMenuItem("Mailing list", reverse("newsletter_subscribers"), icon_name="mail", order=970)
