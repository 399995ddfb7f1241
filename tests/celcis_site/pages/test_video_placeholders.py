"""Videos from other websites: a placeholder until the visitor agrees, the player once they have.

The provider is the fake one on 127.0.0.2 (tests/fake_video_provider.py), so the
tests count every request the site makes to it and prove none reaches it from a page.
"""

import pytest
from bs4 import BeautifulSoup
from wagtail.embeds.models import Embed
from wagtail.images.models import Image

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.demo_content import ensure_cookie_policy
from celcis_site.consent.models import ConsentRecord
from celcis_site.consent.state import read_consent
from celcis_site.pages.blocks import CaptionedEmbedBlock
from tests.celcis_site.consent.conftest import consent_cookie
from tests.celcis_site.factories import StandardPageFactory
from tests.fake_video_provider import VIDEO_URL, video_block


@pytest.fixture
def video_page(home, fake_video_provider):
    ensure_cookie_policy()
    return StandardPageFactory(
        parent=home, slug="video", title="Video", body=[video_block(transcript="Sam: hello.\n\nThe end.")]
    )


def _soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_before_any_choice_the_page_shows_a_placeholder_and_no_player(client, video_page):
    soup = _soup(client.get("/video/"))

    assert soup.select_one("iframe") is None
    placeholder = soup.select_one(".video-placeholder")
    assert placeholder.select_one(".video-placeholder__title").get_text() == "#WhoIsSam: the animation"
    assert "A video from Fake Video." in placeholder.get_text()
    load = placeholder.select_one("[data-video-load]")
    assert load.get_text() == "Load the video (Fake Video may set cookies)"
    assert load.has_attr("hidden")  # shown by the script; without it the link and the form work
    always = placeholder.select_one("form[data-video-always]")
    assert always["action"] == "/cookie-consent/"
    assert {i["name"]: i["value"] for i in always.select("input")} == {
        "source": "video-placeholder",
        "video": "yes",
        "next": f"/video/#{soup.select_one('[data-video]')['id']}",
    }
    assert always.button.get_text() == "Always load videos"
    assert placeholder.select_one(".video-placeholder__watch")["href"] == VIDEO_URL
    transcript = soup.select_one(".block-embed__transcript").get_text(" ", strip=True)
    assert transcript.endswith("Sam: hello. The end.")


def test_rejecting_everything_still_shows_the_placeholder(client, video_page):
    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie(["analytics", "preferences"])

    assert _soup(client.get("/video/")).select_one("iframe") is None


def test_a_visitor_who_accepted_videos_gets_the_player_and_the_provider_is_not_hit_by_the_page(
    client, video_page, fake_video_provider
):
    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie(["video"])

    iframe = _soup(client.get("/video/")).select_one("[data-video-player] iframe")

    assert iframe["src"] == fake_video_provider.player_url
    assert iframe["title"] == "#WhoIsSam: the animation"
    assert fake_video_provider.player_hits() == 0  # the browser loads it, the server never does


def test_always_load_videos_records_a_choice_like_the_banner_and_keeps_the_other_answers(client, video_page):
    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie(["analytics"], consent_id="ab" * 16)
    form = _soup(client.get("/video/")).select_one("form[data-video-always]")

    response = client.post(form["action"], {i["name"]: i["value"] for i in form.select("input")})

    assert response.status_code == 303
    assert response["Location"] == f"/video/?cookie-choice=saved#{form.parent.parent.parent.parent['id']}"
    record = ConsentRecord.objects.get()
    assert (record.consent_id, record.source, record.choices) == (
        "ab" * 16,
        "video-placeholder",
        {"analytics": True, "preferences": False, "video": True},
    )
    assert read_consent(response.cookies[CONSENT_COOKIE_NAME].value).accepted == {"analytics", "video"}
    assert _soup(client.get(response["Location"])).select_one("[data-video-player] iframe") is not None


def test_a_placeholder_cannot_record_an_unknown_category(client, video_page):
    response = client.post("/cookie-consent/", {"source": "video-placeholder", "maps": "yes"})

    assert response.status_code == 400
    assert not ConsentRecord.objects.exists()


def test_the_page_cache_keeps_one_copy_per_consent_state(client, video_page):
    client.get("/video/")  # the first view stores the provider's answer, which clears the page cache once
    client.get("/video/")
    undecided = client.get("/video/")
    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie(["video"])
    client.get("/video/")
    accepted = client.get("/video/")

    assert (undecided["X-Page-Cache"], accepted["X-Page-Cache"]) == ("hit", "hit")
    assert b"<iframe" not in undecided.content
    assert b"<iframe" in accepted.content


def test_frames_are_allowed_only_from_the_providers_used(client, home, settings):
    csp = client.get("/")["Content-Security-Policy"]

    frame_src = next(part for part in csp.split(";") if part.strip().startswith("frame-src"))
    assert frame_src.split()[1:] == ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]


def test_saving_copies_the_thumbnail_into_the_sites_images(video_page, fake_video_provider):
    block = CaptionedEmbedBlock()
    value = block.clean(block.to_python({"embed": VIDEO_URL, "title": "Sam", "caption": ""}))

    image = value["thumbnail"]
    assert image == Image.objects.get(title="Video thumbnail: Sam")
    assert (image.width, image.height) == (480, 270)
    assert fake_video_provider.hits["thumbnail.png"] == 1
    assert block.clean(value)["thumbnail"] == image  # kept, not fetched again
    assert fake_video_provider.hits["thumbnail.png"] == 1


def test_the_placeholder_shows_the_copied_thumbnail_from_this_site(client, video_page, fake_video_provider):
    block = CaptionedEmbedBlock()
    value = block.clean(block.to_python({"embed": VIDEO_URL, "title": "Sam", "caption": ""}))
    video_page.body = [("embed", value)]
    video_page.save_revision().publish()

    soup = _soup(client.get("/video/"))

    sources = [img["src"] for img in soup.select(".video-placeholder img")] + [
        source["srcset"] for source in soup.select(".video-placeholder source")
    ]
    assert sources
    assert all(fake_video_provider.origin not in source for source in sources)
    assert fake_video_provider.hits["thumbnail.png"] == 1  # once, when the editor saved


def test_a_provider_that_is_offline_leaves_no_thumbnail_but_still_saves(db, settings):
    settings.WAGTAILEMBEDS_FINDERS = [
        {
            "class": "wagtail.embeds.finders.oembed",
            "providers": [
                {"endpoint": "http://127.0.0.1:9/oembed", "urls": [r"^https://fake-video\.example/.+$"]}
            ],
        }
    ]
    block = CaptionedEmbedBlock()

    value = block.clean(block.to_python({"embed": VIDEO_URL, "title": "Sam", "caption": ""}))

    assert value["thumbnail"] is None
    assert not Image.objects.exists()
    assert not Embed.objects.exists()
