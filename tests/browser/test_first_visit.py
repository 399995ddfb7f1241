"""In Chromium: what a first-time visitor sees before doing anything.

Quick exit on screen at once on a small phone even with the cookie banner
showing, and a very long search word that wraps instead of widening the page.
"""

import pytest

PHONE = {"width": 375, "height": 667}


@pytest.fixture
def first_visit_phone(browser):
    """A 375×667 phone that has never been to the site: no cookies, so the banner shows."""
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    yield context
    context.close()


@pytest.mark.parametrize("url", ["/worried-about-a-child/", "/quick-exit/"])
def test_quick_exit_is_on_screen_on_first_paint_with_the_banner_showing(demo_site, first_visit_phone, url):
    page = first_visit_phone.new_page()
    page.goto(demo_site + url, wait_until="commit")
    page.wait_for_selector("[data-quick-exit-button]", state="visible")

    assert page.locator("[data-cookie-banner]").first.is_visible()
    assert page.evaluate("window.scrollY") == 0
    box = page.get_by_role("link", name="Emergency Exit this page").bounding_box()
    assert box["y"] >= 0
    assert box["y"] + box["height"] <= PHONE["height"], box


def test_quick_exit_stays_on_screen_when_the_visitor_scrolls(demo_site, first_visit_phone):
    page = first_visit_phone.new_page()
    page.goto(demo_site + "/worried-about-a-child/")
    page.mouse.wheel(0, 2000)
    page.wait_for_function("window.scrollY > 0")

    box = page.get_by_role("link", name="Emergency Exit this page").bounding_box()
    assert box["y"] >= 0
    assert box["y"] + box["height"] <= PHONE["height"], box


def test_a_very_long_search_word_wraps_and_is_cut_to_200_characters(demo_site, first_visit_phone):
    page = first_visit_phone.new_page()
    page.goto(demo_site + "/search/?q=" + "x" * 5000)

    echo = page.locator(".search-echo")
    assert echo.inner_text() == "x" * 200
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert page.locator("#search-page-q").input_value() == "x" * 200
