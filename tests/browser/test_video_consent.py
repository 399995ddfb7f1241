"""Videos from another website load only after a yes, in Chromium, with and without JavaScript.

The video company is the fake one on 127.0.0.2 (tests/fake_video_provider.py):
its player page sets a cookie and counts its requests, so "nothing before
consent" is measured, not assumed.
"""

import json
import re
import subprocess
import time

import pytest
from wagtail.models import Page

from celcis_site.consent.models import ConsentRecord
from celcis_site.pages.blocks import CaptionedEmbedBlock
from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_cookie_consent import _from_database, _records
from tests.browser.test_html_validity import vnu  # noqa: F401 (the checker, or a skip)
from tests.celcis_site.factories import StandardPageFactory
from tests.fake_video_provider import HOST, PLAYER_COOKIE, VIDEO_URL

LOAD = "Load the video (Fake Video may set cookies)"
ALWAYS = "Always load videos"
TITLE = "#WhoIsSam: the animation"


@pytest.fixture
def video_page_url(demo_site, fake_video_provider):
    """A page with the fake company's video, its thumbnail copied when "the editor saved" it."""
    block = CaptionedEmbedBlock()
    value = block.clean(block.to_python({"embed": VIDEO_URL, "title": TITLE, "caption": "Sam's story."}))
    home = Page.objects.get(depth=2)
    StandardPageFactory(parent=home, slug="video-test", title="A video", body=[("embed", value)])
    assert fake_video_provider.player_hits() == 0
    return f"{demo_site}/video-test/"


def _wait_for_hits(provider, count, seconds=10):
    deadline = time.monotonic() + seconds
    while provider.player_hits() < count:
        assert time.monotonic() < deadline, f"the player was requested {provider.player_hits()} times"
        time.sleep(0.1)


def _player_cookies(page):
    return [cookie for cookie in page.context.cookies() if cookie["domain"] == HOST]


def _placeholder(page):
    return page.locator("[data-video-placeholder]")


def _withdraw_on_the_cookies_page(page, demo_site):
    page.goto(f"{demo_site}/cookies/")
    page.locator("#cookies-video-no").check()
    page.get_by_role("button", name="Save cookie settings").click()
    page.wait_for_url("**/cookies/?cookie-choice=saved")


def test_with_javascript_nothing_loads_before_a_yes_then_one_video_then_always_then_withdrawn(
    video_page_url, demo_site, fake_video_provider, page
):
    page.goto(video_page_url)
    page.wait_for_load_state("networkidle")
    assert page.locator(".video-placeholder__title").inner_text() == TITLE
    assert page.locator("iframe").count() == 0
    assert fake_video_provider.player_hits() == 0
    assert _player_cookies(page) == []

    page.get_by_role("button", name=LOAD).click()
    _wait_for_hits(fake_video_provider, 1)
    assert page.frame_locator("[data-video-player] iframe").get_by_text("Playing").is_visible()
    assert _records() == []  # one video, no choice recorded

    page.reload()
    page.wait_for_load_state("networkidle")
    assert _placeholder(page).count() == 1
    assert fake_video_provider.player_hits() == 1

    page.get_by_role("button", name=ALWAYS).click()
    _wait_for_hits(fake_video_provider, 2)
    records = _records()
    assert [(r.source, r.choices) for r in records] == [
        ("video-placeholder", {"analytics": False, "preferences": False, "video": True})
    ]

    page.goto(f"{demo_site}/")
    page.goto(video_page_url)
    _wait_for_hits(fake_video_provider, 3)
    assert _placeholder(page).count() == 0
    assert page.locator("[data-video-player] iframe").count() == 1

    _withdraw_on_the_cookies_page(page, demo_site)
    page.goto(video_page_url)
    page.wait_for_load_state("networkidle")
    assert _placeholder(page).count() == 1
    assert fake_video_provider.player_hits() == 3

    # The cookie check above can fail: the player does set its cookie wherever the browser lets it.
    page.goto(fake_video_provider.player_url)
    assert [cookie["name"] for cookie in _player_cookies(page)] == [PLAYER_COOKIE]


def test_accepting_on_the_banner_loads_the_videos_on_the_page(video_page_url, fake_video_provider, page):
    page.goto(video_page_url)
    page.get_by_role("button", name="Accept analytics, preferences and video cookies").click()

    _wait_for_hits(fake_video_provider, 1)
    assert page.locator("[data-video-player] iframe").count() == 1


def test_without_javascript_the_link_works_and_a_yes_on_the_cookies_page_brings_the_player(
    video_page_url, demo_site, fake_video_provider, page_without_javascript
):
    page = page_without_javascript
    page.goto(video_page_url)
    page.wait_for_load_state("networkidle")
    assert not page.get_by_role("button", name=LOAD).is_visible()
    watch = page.get_by_role("link", name=re.compile(f"^Watch on Fake Video.*{re.escape(TITLE)}$"))
    assert watch.get_attribute("href") == VIDEO_URL
    assert fake_video_provider.player_hits() == 0
    assert _player_cookies(page) == []

    page.goto(f"{demo_site}/cookies/")
    page.locator("#cookies-video-yes").check()
    page.get_by_role("button", name="Save cookie settings").click()
    page.wait_for_url("**/cookies/?cookie-choice=saved")
    page.goto(video_page_url)
    _wait_for_hits(fake_video_provider, 1)
    assert page.locator("[data-video-player] iframe").count() == 1

    _withdraw_on_the_cookies_page(page, demo_site)
    page.goto(video_page_url)
    assert _placeholder(page).count() == 1

    page.get_by_role("button", name=ALWAYS).click()
    page.wait_for_url("**/video-test/?cookie-choice=saved#video-*")
    _wait_for_hits(fake_video_provider, 2)
    assert _from_database(lambda: ConsentRecord.objects.first().source) == "video-placeholder"


def test_the_whoissam_campaign_shows_its_animation_as_a_placeholder_with_a_local_thumbnail(
    demo_site, fake_video_provider, page
):
    page.goto(f"{demo_site}/campaigns/whoissam/")

    placeholder = _placeholder(page)
    title = placeholder.locator(".video-placeholder__title")
    assert title.inner_text() == "#WhoIsSam: an animation narrated by the fictional Sam"
    thumbnail = placeholder.locator("img")
    assert thumbnail.evaluate("img => img.complete && img.naturalWidth > 0")
    assert thumbnail.evaluate("img => new URL(img.currentSrc).origin") == demo_site
    watch = page.get_by_role("link", name=re.compile("^Watch on YouTube.*narrated by the fictional Sam$"))
    assert watch.get_attribute("href") == "https://www.youtube.com/user/NationalCrimeAgency"


def test_a_page_with_a_placeholder_passes_axe_and_the_html_checker_before_and_after_loading(
    video_page_url,
    fake_video_provider,
    page,
    artifacts_dir,
    vnu,  # noqa: F811 (the fixture imported above)
    tmp_path,
):
    page.goto(video_page_url)
    page.get_by_role("button", name="Reject analytics, preferences and video cookies").click()
    page.get_by_role("button", name="Hide cookie message").click()
    assert_no_axe_violations(page, artifacts_dir, "video-placeholder")
    before = page.content()

    page.get_by_role("button", name=LOAD).click()
    _wait_for_hits(fake_video_provider, 1)
    assert_no_axe_violations(page, artifacts_dir, "video-loaded")
    after = page.content()

    files = []
    for name, html in (("before", before), ("after", after)):
        path = tmp_path / f"video-{name}.html"
        path.write_text(html)
        files.append(str(path))
    result = subprocess.run([*vnu, *files], capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stdout)["messages"]
    errors = [f"{m['url']}: {m['message']}" for m in messages if m["type"] in {"error", "non-document-error"}]
    assert errors == []
