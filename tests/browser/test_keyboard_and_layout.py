"""In Chromium: keyboard journey with visible focus, mobile menu, narrow screens, print, screenshots."""

import pytest

from tests.browser.page_types import PAGE_TYPES, SEED_ARTICLE

# What a focus indicator needs: an outline of at least 2px or a box shadow, while :focus-visible applies.
FOCUS_STATE = """element => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        name: (element.getAttribute("aria-label") || element.innerText || element.value || "")
            .trim().replace(/\\s+/g, " "),
        cardLink: element.closest(".card") ? element.getAttribute("href") : null,
        tag: element.tagName.toLowerCase(),
        focusVisible: element.matches(":focus-visible"),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== "none",
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
        inside: ["[data-cookie-banner]", ".skip-link", ".help-banner", ".site-nav", ".site-header", "main"]
            .find(selector => element.closest(selector)) || null,
    };
}"""


def _tab(page):
    """Press Tab and return what has focus, after checking that the focus can be seen."""
    page.keyboard.press("Tab")
    state = page.evaluate_handle("document.activeElement").evaluate(FOCUS_STATE)
    assert state["focusVisible"], state
    assert state["outline"] or state["shadow"], f"no visible focus indicator: {state}"
    assert state["onScreen"], f"focused element is off screen: {state}"
    return state


def test_keyboard_journey_from_home_to_an_article_with_visible_focus(demo_site, page):
    page.goto(demo_site + "/")

    steps = [(state["inside"], state["name"]) for state in (_tab(page) for _ in range(14))]

    assert steps == [
        # The skip link first, then the banner (the order issue 16 chose for the quick exit).
        (".skip-link", "Skip to main content"),
        ("[data-cookie-banner]", "Accept analytics, preferences and video cookies"),
        ("[data-cookie-banner]", "Reject analytics, preferences and video cookies"),
        ("[data-cookie-banner]", "View cookies"),
        (".help-banner", "Find out who to talk to"),
        (".site-header", "CELCIS Centre for Excellence for Children's Care and Protection"),
        (".site-header", ""),  # the search box
        (".site-header", "Search"),
        (".site-nav", "News"),
        (".site-nav", "Knowledge Bank"),
        (".site-nav", "Campaigns"),
        (".site-nav", "Events"),
        (".site-nav", "Worried about a child?"),
        (".site-nav", "Contact us"),
    ]

    # On into the content, to the first news card, and open it with Enter.
    for _ in range(20):
        state = _tab(page)
        if (state["cardLink"] or "").startswith("/news/"):
            break
    else:
        pytest.fail("Tab never reached a news card")
    title = state["name"]
    page.keyboard.press("Enter")
    page.wait_for_url(f"{demo_site}/news/**")
    assert page.get_by_role("heading", level=1).inner_text() == title

    # On the article, the skip link (the first stop) takes focus straight to the content.
    state = _tab(page)
    assert state["name"] == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    assert _tab(page)["inside"] == "main"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="en-GB", is_mobile=True)
    yield context
    context.close()


def test_on_a_phone_the_menu_button_shows_and_hides_the_navigation(demo_site, phone):
    page = phone.new_page()
    page.goto(demo_site + "/news/")
    nav = page.get_by_role("navigation", name="Main")
    button = nav.get_by_role("button", name="Menu")

    assert button.get_attribute("aria-expanded") == "false"
    assert button.get_attribute("aria-controls") == "site-nav-list"
    assert not nav.get_by_role("link", name="Campaigns").is_visible()
    box = button.bounding_box()
    assert box["width"] >= 24
    assert box["height"] >= 24

    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert nav.get_by_role("link", name="Campaigns").is_visible()

    # Escape closes it again and gives focus back to the button.
    nav.get_by_role("link", name="Campaigns").focus()
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert button.evaluate("element => element === document.activeElement")
    assert not nav.get_by_role("link", name="Campaigns").is_visible()


def test_without_javascript_the_menu_is_simply_shown(demo_site, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site + "/news/")
    nav = page.get_by_role("navigation", name="Main")

    assert nav.get_by_role("link", name="Campaigns").is_visible()
    assert nav.get_by_role("button").count() == 0
    context.close()


def test_at_320_pixels_nothing_scrolls_sideways(demo_site, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for url in PAGE_TYPES.values():
        page.goto(demo_site + url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, url
    context.close()


def test_print_leaves_out_navigation_banners_and_quick_exit(demo_site, page):
    page.goto(demo_site + "/worried-about-a-child/")
    page.emulate_media(media="print")

    for selector in [
        "[data-cookie-banner]",
        ".help-banner",
        ".site-nav",
        ".site-search",
        ".quick-exit",
        ".breadcrumbs",
    ]:
        assert not page.locator(selector).first.is_visible(), selector
    assert page.get_by_role("heading", level=1).is_visible()


@pytest.mark.parametrize("width", [375, 1280])
def test_screenshots_of_home_article_and_contact(demo_site, browser, artifacts_dir, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
    page = context.new_page()
    # A visitor who has answered the cookie banner and hidden its message.
    page.goto(demo_site + "/")
    page.get_by_role("button", name="Reject analytics, preferences and video cookies").click()
    page.get_by_role("button", name="Hide cookie message").click()

    for name, url in [("home", "/"), ("article", SEED_ARTICLE), ("contact", "/contact/")]:
        page.goto(demo_site + url)
        page.wait_for_load_state("networkidle")
        path = artifacts_dir / f"{name}-{width}.png"
        page.screenshot(path=path, full_page=True)
        assert path.stat().st_size > 0
    context.close()
