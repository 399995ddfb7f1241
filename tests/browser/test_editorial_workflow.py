"""Staff in Chromium: a news editor writes and submits an article, a moderator approves it, visitors find it.

The Wagtail admin is a heavy JavaScript app, so the waits here are longer than
the conftest's 10 seconds, but still bounded.
"""

import io
import re

import pytest
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import expect
from wagtail.models import Page

from news.models import NewsArticlePage

ADMIN_TIMEOUT_MS = 30_000
PASSWORD = "a-long-browser-password"
TITLE = "Kinship carers share what helped them"
SLUG = "kinship-carers-share-what-helped-them"
# A word no demo page uses, so the search result can only be this article.
SEARCH_WORD = "grandparenting"


@pytest.fixture
def close_browser_thread_connections(page):
    """The ORM calls below run while Playwright's event loop is up, on a connection of their own.

    Closed before the browser goes, or the test database could not be dropped at the end.
    """
    yield
    connections.close_all()


def _create_staff(monkeypatch, username, role):
    monkeypatch.setenv("BROWSER_TEST_PASSWORD", PASSWORD)
    call_command(
        "create_staff_user",
        username,
        "--role",
        role,
        "--email",
        f"{username}@celcis.example",
        "--password-from-env",
        "BROWSER_TEST_PASSWORD",
        stdout=io.StringIO(),
    )


def _sign_in(page, base_url, username):
    page.context.clear_cookies()
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"), timeout=ADMIN_TIMEOUT_MS)


def _shot(page, artifacts_dir, name):
    page.screenshot(path=str(artifacts_dir / f"editorial-{name}.png"), full_page=True)


def test_editor_submits_moderator_approves_and_visitors_find_the_article(
    demo_site, page, close_browser_thread_connections, monkeypatch, artifacts_dir
):
    page.set_default_timeout(ADMIN_TIMEOUT_MS)
    _create_staff(monkeypatch, "eilidh", "editor")
    _create_staff(monkeypatch, "morag", "moderator")
    news_index = Page.objects.get(url_path="/celcis/news/")
    privacy_notice = Page.objects.get(url_path="/celcis/privacy-notice/")

    # The news editor writes the article.
    _sign_in(page, demo_site, "eilidh")
    page.goto(f"{demo_site}/admin/pages/add/news/newsarticlepage/{news_index.pk}/")
    # The editor's behaviour (slug from title, stream blocks) is wired up once its scripts have run.
    page.wait_for_load_state("networkidle")
    page.get_by_role("textbox", name="Title*").fill(TITLE)
    page.get_by_role("textbox", name="Introduction*").fill(
        f"Kinship carers told us what helped when {SEARCH_WORD} turned into full-time care."
    )
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Paragraph").click()
    page.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type("Support groups, clear advice and being listened to made the difference.")
    expect(page.locator(".public-DraftEditor-content").first).to_contain_text(
        "Support groups", timeout=ADMIN_TIMEOUT_MS
    )
    page.get_by_label("Online safety").check()

    page.get_by_role("button", name="Choose an image").first.click()
    # The demo has more images than the chooser's first page shows: search, as an editor would.
    page.get_by_role("dialog").locator("input[name=q]").fill("WhoIsSam campaign banner")
    page.get_by_role("dialog").get_by_role("link", name="#WhoIsSam campaign banner").click()
    expect(page.get_by_role("dialog")).to_be_hidden(timeout=ADMIN_TIMEOUT_MS)

    # Wagtail autosaves the draft as the editor types; let it finish before saving by hand.
    expect(page.locator("#w-autosave-indicator .w-autosave-indicator__state--saved")).to_be_visible(
        timeout=ADMIN_TIMEOUT_MS
    )
    page.get_by_role("button", name="Save draft").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"), timeout=ADMIN_TIMEOUT_MS)
    _shot(page, artifacts_dir, "1-draft")

    # Preview: the side panel renders the article as visitors will see it.
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE, timeout=ADMIN_TIMEOUT_MS)
    _shot(page, artifacts_dir, "2-preview")

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to News and campaigns moderation").click()
    expect(page.get_by_text("has been submitted for moderation")).to_be_visible(timeout=ADMIN_TIMEOUT_MS)
    article = NewsArticlePage.objects.get(slug=SLUG)
    assert not article.live
    assert article.listing_image.title == "#WhoIsSam campaign banner"
    assert [topic.slug for topic in article.topics.all()] == ["online-safety"]

    # The editor may not open the privacy notice's editor.
    page.goto(f"{demo_site}/admin/pages/{privacy_notice.pk}/edit/")
    expect(page.get_by_text("Sorry, you do not have permission to access this area.")).to_be_visible(
        timeout=ADMIN_TIMEOUT_MS
    )
    assert not page.url.endswith(f"/admin/pages/{privacy_notice.pk}/edit/")
    assert page.goto(f"{demo_site}/news/{SLUG}/").status == 404

    # The moderator approves it.
    _sign_in(page, demo_site, "morag")
    page.goto(f"{demo_site}/admin/pages/{article.pk}/edit/")
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    # Approval publishes the article and returns the moderator to the news section's page list.
    expect(page).to_have_url(re.compile(rf"/admin/pages/{news_index.pk}/$"), timeout=ADMIN_TIMEOUT_MS)
    article.refresh_from_db()
    assert article.live
    _shot(page, artifacts_dir, "3-approved")

    # Visitors find it on /news/, in the feed and in search.
    page.context.clear_cookies()
    page.goto(f"{demo_site}/news/")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible(timeout=ADMIN_TIMEOUT_MS)
    feed = page.request.get(f"{demo_site}/news/feed/")
    assert feed.ok
    assert f"<title>{TITLE}</title>" in feed.text()
    page.goto(f"{demo_site}/search/?q={SEARCH_WORD}")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible(timeout=ADMIN_TIMEOUT_MS)
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE, timeout=ADMIN_TIMEOUT_MS)
