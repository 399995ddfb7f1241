"""Demo images drawn locally with Pillow, so the demo needs no download."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image

BRAND_PURPLE = (75, 42, 107)
WHITE = (255, 255, 255)


def get_or_create_text_image(title, text, size=(1200, 630)):
    """A Wagtail image with `text` in white on purple; reuses the one with this title."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    canvas = PILImage.new("RGB", size, BRAND_PURPLE)
    draw = ImageDraw.Draw(canvas)
    font = ImageFont.load_default(size=size[1] // 6)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    position = ((size[0] - (right - left)) / 2, (size[1] - (bottom - top)) / 2 - top)
    draw.text(position, text, font=font, fill=WHITE)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    filename = title.lower().replace(" ", "-").replace("#", "") + ".png"
    image = Image(title=title, file=ImageFile(buffer, name=filename))
    image.save()
    return image


def _save_image(title, canvas, filename):
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    image = Image(title=title, file=ImageFile(buffer, name=filename))
    image.save()
    return image


def get_or_create_portrait(title, initials, colour):
    """A drawn head-and-shoulders figure with the person's initials, for demo people pages."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    size = 480
    canvas = PILImage.new("RGB", (size, size), (236, 232, 242))
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((150, 70, 330, 250), fill=colour)  # head
    draw.pieslice((70, 260, 410, 600), 180, 360, fill=colour)  # shoulders
    font = ImageFont.load_default(size=64)
    left, top, right, bottom = draw.textbbox((0, 0), initials, font=font)
    draw.text(((size - (right - left)) / 2, 360), initials, font=font, fill=WHITE)
    return _save_image(title, canvas, title.lower().replace(" ", "-") + ".png")
