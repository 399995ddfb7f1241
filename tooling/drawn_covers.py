"""Publication covers drawn with Pillow for the demo Knowledge Bank: a coloured band, the type, the title.

Like a printed report's cover: a tall page in the type's colour with a
lighter panel, soft rings for texture, the kind of publication at the top,
the title set in wrapped lines and "CELCIS" at the foot. Reused by title.
"""

import random
import textwrap

from PIL import Image as PILImage
from PIL import ImageDraw

from .drawn_images import SUPERSAMPLE, WHITE, _font, _gradient, get_or_create_drawn_image

COVER_SIZE = (480, 680)


def draw_cover(title, kind, colour, size=COVER_SIZE):
    width, height = size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE
    darker = tuple(max(0, int(c * 0.65)) for c in colour)
    canvas = _gradient((width, height), colour, darker)
    rings = PILImage.new("RGBA", (width, height), (0, 0, 0, 0))
    ring_draw = ImageDraw.Draw(rings)
    rng = random.Random(title)
    for _ in range(5):
        x, y, r = rng.uniform(0, width), rng.uniform(0.55, 1) * height, rng.uniform(0.2, 0.5) * width
        ring_draw.ellipse((x - r, y - r, x + r, y + r), outline=(255, 255, 255, 50), width=SUPERSAMPLE * 6)
    canvas.paste(rings, (0, 0), rings)
    draw = ImageDraw.Draw(canvas)
    margin = width // 12
    draw.rectangle((0, 0, width, height // 9), fill=WHITE)
    draw.text((margin, height // 36), kind.upper(), font=_font(height // 26), fill=darker)
    font = _font(height // 16)
    y = height // 6
    for line in textwrap.wrap(title, 18)[:7]:
        draw.text((margin, y), line, font=font, fill=WHITE)
        y += int(font.size * 1.25)
    draw.text((margin, height - height // 10), "CELCIS", font=_font(height // 20), fill=WHITE)
    return canvas.resize(size, PILImage.LANCZOS)


def get_or_create_cover(title, kind, colour):
    """The cover image for a publication, drawn once; its alt text says what it shows."""
    return get_or_create_drawn_image(
        f"Cover: {title}",
        lambda: draw_cover(title, kind, colour),
        f"The cover of the {kind.lower()} “{title}”",
    )
