"""Admin wiring: cookie categories as snippets under Settings, and the "Cookie consent" report."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import CookieCategory


class CookieCategoryViewSet(SnippetViewSet):
    model = CookieCategory
    icon = "list-ul"
    menu_label = "Cookie categories"
    add_to_settings_menu = True
    list_display = ["name", "slug", "essential"]


register_snippet(CookieCategoryViewSet)


class ConsentReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_consent_report_urls():
    return [
        path("cookie-consent/", admin_views.consent_report, name="consent_report"),
        path("cookie-consent/export.csv", admin_views.consent_export, name="consent_export"),
    ]


@hooks.register("register_reports_menu_item")
def register_consent_report_menu_item():
    return ConsentReportMenuItem("Cookie consent", reverse("consent_report"), icon_name="doc-full", order=950)
