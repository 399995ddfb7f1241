"""A video's thumbnail, copied from its provider into the site's own images when an editor saves.

Visitors never load a picture from the provider (that would tell it who is
reading before they agreed): the placeholder shows this copy. A provider that
cannot be reached, or that sends no picture or something that is not one,
leaves the block without a thumbnail; the placeholder still shows the title
and the links.
"""

import io
import logging
import urllib.request

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.images import get_image_model

logger = logging.getLogger(__name__)

MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024
FETCH_TIMEOUT_SECONDS = 5
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


def _download(url):
    request = urllib.request.Request(url, headers={"User-Agent": "CELCIS website (video thumbnail)"})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:  # noqa: S310 (http(s) only)
        return response.read(MAX_THUMBNAIL_BYTES + 1)


def copy_thumbnail(embed, video_title):
    """A new Wagtail image holding the provider's thumbnail for `embed`, or None if there is none to have."""
    url = getattr(embed, "thumbnail_url", "") or ""
    if not url.startswith(("http://", "https://")):
        return None
    try:
        data = _download(url)
    except (OSError, ValueError) as error:
        logger.warning("Video thumbnail %s unavailable: %s", url, error)
        return None
    if len(data) > MAX_THUMBNAIL_BYTES:
        logger.warning("Video thumbnail %s is larger than %d bytes: not kept", url, MAX_THUMBNAIL_BYTES)
        return None
    try:
        with PILImage.open(io.BytesIO(data)) as picture:
            extension = EXTENSIONS.get(picture.format)
    except (UnidentifiedImageError, OSError):
        extension = None
    if extension is None:
        logger.warning("Video thumbnail %s is not a picture we keep", url)
        return None
    image = get_image_model()(
        title=f"Video thumbnail: {video_title}"[:255],
        file=ImageFile(io.BytesIO(data), name=f"video-thumbnail.{extension}"),
    )
    image.save()
    return image
