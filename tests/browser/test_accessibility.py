"""axe-core at WCAG 2.2 A and AA on every page type, as a first-time visitor sees it.

The cookie banner shows on every page but /cookies/ (which holds the same
choice as a form), so each check covers the banner too.
"""

import pytest

from tests.browser.axe import assert_no_axe_violations
from tests.browser.page_types import PAGE_TYPES, show_contact_form_errors


@pytest.fixture
def offline(page, demo_site):
    """Nothing outside the live server is fetched: embeds and outside links fail quietly, as they should."""
    page.route(lambda url: not url.startswith(demo_site), lambda route: route.abort())
    return page


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_type_has_no_wcag_aa_violations(name, demo_site, offline, artifacts_dir):
    response = offline.goto(demo_site + PAGE_TYPES[name])

    assert response.status == (404 if name == "page not found" else 200)
    banner = offline.get_by_role("region", name="Cookies on CELCIS")
    assert banner.is_visible() is (name != "cookies")
    assert offline.get_by_role("heading", level=1).count() == 1
    assert_no_axe_violations(offline, artifacts_dir, "axe-" + name.replace(" ", "-").replace(",", ""))


def test_contact_form_with_errors_showing_has_no_wcag_aa_violations(demo_site, offline, artifacts_dir):
    show_contact_form_errors(offline, demo_site)

    assert_no_axe_violations(offline, artifacts_dir, "axe-contact-errors")


def test_cookie_banner_confirmation_has_no_wcag_aa_violations(demo_site, offline, artifacts_dir):
    offline.goto(demo_site + "/")
    offline.get_by_role("button", name="Reject analytics, preferences and video cookies").click()
    offline.get_by_text("You've rejected additional cookies.").wait_for()

    assert_no_axe_violations(offline, artifacts_dir, "axe-cookies-confirmation")
