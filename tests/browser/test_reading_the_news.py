"""A visitor in Chromium reaches the 2017 article from the home page, by mouse and by keyboard."""

SEED_TITLE = "New campaign tackles increased threat of live streaming by online sex offenders"


def test_visitor_goes_from_home_to_the_seed_article(demo_site, page):
    page.goto(demo_site + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="News").click()
    page.get_by_role("link", name="Next page").click()
    page.get_by_role("link", name=SEED_TITLE).click()

    assert page.url.endswith(
        "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"
    )
    assert page.get_by_role("heading", level=1).inner_text() == SEED_TITLE
    assert page.locator(".article-date").inner_text() == "Published, 5 December 2017"


def test_first_tab_reaches_a_visible_skip_link_that_moves_focus_to_the_content(demo_site, page):
    # A visitor who has answered the cookie banner (while it asks, it comes before the skip link).
    page.goto(demo_site + "/")
    page.get_by_role("button", name="Reject analytics, preferences and video cookies").click()
    page.get_by_text("You've rejected additional cookies.").wait_for()
    page.goto(demo_site + "/news/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_pages_read_without_javascript(demo_site, page_without_javascript):
    page = page_without_javascript
    page.goto(demo_site + "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/")

    assert page.get_by_role("heading", name="Short animation").is_visible()
    assert page.get_by_role("contentinfo").get_by_text("0141 444 8500").is_visible()


def test_visitor_filters_pages_through_and_follows_the_campaign(demo_site, page):
    page.goto(demo_site + "/news/")
    page.get_by_label("Topic").select_option(label="Online safety")
    page.get_by_label("Year").select_option("2017")
    page.get_by_role("button", name="Show news").click()

    assert page.url.endswith("/news/?topic=online-safety&year=2017")
    page.get_by_role("link", name=SEED_TITLE).click()
    page.get_by_role("link", name="#WhoIsSam: live streaming and online abuse (#WhoIsSam)").click()
    assert page.url.endswith("/campaigns/whoissam/")
    assert page.get_by_role("heading", level=1).inner_text() == "#WhoIsSam: live streaming and online abuse"

    page.goto(demo_site + "/news/")
    page.get_by_role("link", name="Next page").click()
    assert page.locator('.pagination [aria-current="page"]').inner_text() == "Page 2 of 2"
