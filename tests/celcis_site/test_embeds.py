"""A video whose provider cannot be reached shows its placeholder with a link, and can still be saved.

The provider here is a real oEmbed finder pointed at a closed port on this machine,
so the request really fails, quickly, without touching the internet.
"""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.models import Embed

from celcis_site.pages.embeds import ResilientEmbedBlock
from tests.celcis_site.factories import StandardPageFactory

UNREACHABLE_PROVIDER = {
    "class": "wagtail.embeds.finders.oembed",
    "providers": [{"endpoint": "http://127.0.0.1:9/oembed", "urls": [r"^https://video\.example/.+$"]}],
}


@pytest.fixture(autouse=True)
def _unreachable_provider(settings):
    settings.WAGTAILEMBEDS_FINDERS = [UNREACHABLE_PROVIDER]


def test_unreachable_video_renders_its_placeholder_with_a_link_and_no_load_button(home, client):
    StandardPageFactory(
        parent=home,
        slug="video",
        body=[
            {
                "type": "embed",
                "value": {"embed": "https://video.example/whoissam", "title": "#WhoIsSam", "caption": "Sam"},
            }
        ],
    )

    response = client.get("/video/")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.select_one(".video-placeholder__watch")
    assert link["href"] == "https://video.example/whoissam"
    assert link.get_text() == "Watch on video.example: #WhoIsSam"
    assert soup.select_one(".video-placeholder__title").get_text() == "#WhoIsSam"
    assert soup.select_one("[data-video-load]") is None  # no player to load
    assert soup.select_one("iframe") is None
    assert not Embed.objects.exists()


def test_admin_accepts_a_known_provider_even_while_it_is_unreachable(db):
    ResilientEmbedBlock().clean(EmbedValue("https://video.example/whoissam"))


def test_admin_refuses_an_address_no_provider_handles(db):
    with pytest.raises(ValidationError, match="video on a service we can embed"):
        ResilientEmbedBlock().clean(EmbedValue("https://unknown.example/clip"))
