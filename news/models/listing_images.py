"""The image renditions a news or campaign card shows, and the queryset that prefetches them.

Cards render `{% picture … fill-{480x270,960x540} format-{webp,jpeg} %}`
(templates/news/includes/*_card.html): two widths for srcset, each in WebP
with a JPEG fallback. Prefetching exactly those four renditions keeps a
listing at one query for its images and one for their renditions, however
many cards it shows.
"""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import Filter

# Keep in step with the {% picture %} tags in the card templates.
LISTING_IMAGE_SPECS = tuple(Filter.expand_spec("fill-{480x270,960x540}|format-{webp,jpeg}"))


def prefetch_listing_image(field_name):
    """A Prefetch for a page's image field with the card renditions already attached."""
    images = get_image_model().objects.prefetch_renditions(*LISTING_IMAGE_SPECS)
    return Prefetch(field_name, queryset=images)


def prefetch_listing_renditions(field_name):
    """A Prefetch for the card renditions of an image already joined with select_related.

    Stored where Wagtail's get_rendition() looks first (`prefetched_renditions`),
    so the listing costs one query for its renditions and none for its images.
    """
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=LISTING_IMAGE_SPECS)
    return Prefetch(f"{field_name}__renditions", queryset=renditions, to_attr="prefetched_renditions")
