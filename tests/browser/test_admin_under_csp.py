"""The Wagtail admin works under the site's strict script policy: sign in, edit, save, no CSP violation."""

from django.contrib.auth import get_user_model
from wagtail.models import Page

PASSWORD = "a-long-admin-password-for-csp"


def test_admin_signs_in_and_edits_a_page_with_no_csp_violation(demo_site, page):
    get_user_model().objects.create_superuser("csp-admin", password=PASSWORD)
    privacy_notice = Page.objects.get(url_path__endswith="/privacy-notice/")
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.set_default_timeout(20_000)

    page.goto(demo_site + "/admin/login/")
    page.get_by_label("Username").fill("csp-admin")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(demo_site + "/admin/")

    page.goto(f"{demo_site}/admin/pages/{privacy_notice.pk}/edit/")
    title = page.locator("#id_title")
    title.fill("Privacy notice (updated)")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")

    page.get_by_role("tab", name="Promote").click()
    page.locator("button:visible", has_text="Choose an image").first.click()
    page.get_by_role("dialog").wait_for()
    page.wait_for_load_state("networkidle")

    privacy_notice.refresh_from_db()
    assert privacy_notice.get_latest_revision_as_object().title == "Privacy notice (updated)"
    assert violations == []
