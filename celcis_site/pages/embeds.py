"""Embeds that survive an unreachable provider, and what a video block shows to whom.

Wagtail's EmbedBlock refuses to save a video whose provider cannot be reached
right now, and renders nothing for it. Here a video from a known provider is
always accepted, and a page whose provider is down shows the placeholder with
its link; the failure is remembered for a few minutes so that every page view
does not wait on the same dead provider again.

`video_for` decides between the placeholder and the player: the player only
for a visitor who accepted the video category (the page cache keys on that
state, so each state gets its own copy). The visitor's choice is the one the
consent middleware put on the request (`request.cookie_consent`); pages never
import the consent app, whose cookies page builds on them.
"""

import hashlib
import logging
from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.embeds import embeds
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.finders import get_finders

from .video_players import player_address, provider_name

# The optional cookie category that covers video players from other websites: they load
# only for visitors who accepted it (the consent app's demo content creates it).
THIRD_PARTY_VIDEO_CATEGORY = "video"

logger = logging.getLogger(__name__)

FAILURE_MEMORY_SECONDS = 300


def _failure_key(url):
    return "embed-unreachable:" + hashlib.sha256(url.encode()).hexdigest()


def fetch_embed(url, max_width=None):
    """The provider's embed for `url`, or None if it cannot be had right now."""
    if cache.get(_failure_key(url)):
        return None
    try:
        return embeds.get_embed(url, max_width)
    except EmbedException as error:
        logger.warning("Embed for %s unavailable: %s", url, error)
        cache.set(_failure_key(url), True, FAILURE_MEMORY_SECONDS)
        return None


class ResilientEmbedBlock(EmbedBlock):
    """An EmbedBlock that checks the provider is known, not that it answers."""

    def clean(self, value):
        if isinstance(value, EmbedValue) and not any(finder.accept(value.url) for finder in get_finders()):
            raise ValidationError(
                "Use the address of a video on a service we can embed, e.g. YouTube or Vimeo."
            )
        return blocks.URLBlock.clean(self, value)


@dataclass(frozen=True)
class Video:
    """What a video block needs to render: the placeholder's words and links, and whether to play."""

    url: str
    anchor: str
    provider: str
    player_src: str | None
    plays_now: bool
    consent_offered: bool
    consent_category: str
    return_to: str


def video_for(value, request):
    url = value["embed"].url if value["embed"] else ""
    embed = fetch_embed(url, max_width=960) if url else None
    player_src = player_address(embed)
    anchor = "video-" + hashlib.sha256(f"{url}|{value['title']}".encode()).hexdigest()[:10]
    # Set by CookieConsentMiddleware on every request; without it, the placeholder (never the player).
    consent = getattr(request, "cookie_consent", None)
    return Video(
        url=url,
        anchor=anchor,
        provider=provider_name(url, embed),
        player_src=player_src,
        plays_now=bool(player_src and consent and consent.allows(THIRD_PARTY_VIDEO_CATEGORY)),
        consent_offered=bool(consent and THIRD_PARTY_VIDEO_CATEGORY in consent.catalogue.optional_slugs),
        consent_category=THIRD_PARTY_VIDEO_CATEGORY,
        return_to=f"{request.path}#{anchor}" if request is not None else f"/#{anchor}",
    )
