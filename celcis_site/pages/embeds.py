"""Embeds that survive an unreachable provider, in the page and in the admin.

Wagtail's EmbedBlock refuses to save a video whose provider cannot be reached
right now, and renders nothing for it. Here a video from a known provider is
always accepted, and a page whose provider is down shows a plain link instead;
the failure is remembered for a few minutes so that every page view does not
wait on the same dead provider again.
"""

import hashlib
import logging

from django.core.cache import cache
from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.embeds import embeds
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.finders import get_finders

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
