"""Demo images drawn locally with Pillow, so the demo needs no download.

Three kinds, each looking like what it stands for rather than a flat box:
posters (a title on a layered, lit background), scenes (a landscape
illustration for an article) and logos (an emblem beside a name). Each is
reused by its title, so running the loader again draws nothing, and each gets
a description, which Wagtail uses as its alt text.
"""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter, ImageFont
from wagtail.images.models import Image

BRAND_PURPLE = (75, 42, 107)
WHITE = (255, 255, 255)
SUPERSAMPLE = 2

# (sky top, sky bottom, sun, far hills, near hills) per mood; scenes pick one by their seed.
SCENE_PALETTES = [
    ((255, 214, 165), (255, 244, 224), (255, 183, 77), (147, 112, 175), (75, 42, 107)),
    ((164, 210, 240), (232, 244, 250), (255, 236, 153), (104, 160, 122), (40, 98, 74)),
    ((255, 190, 196), (255, 236, 226), (255, 250, 230), (214, 140, 120), (118, 64, 92)),
    ((120, 170, 215), (214, 232, 244), (255, 255, 255), (90, 128, 170), (36, 62, 110)),
]


# The encoded JPEG of each title drawn in this process. Drawing is deterministic per title and
# takes half of a demo load; the browser tests load the demo once per test, so they draw once.
_drawn_jpegs = {}


def _jpeg(title, draw):
    if title not in _drawn_jpegs:
        buffer = io.BytesIO()
        draw().convert("RGB").save(buffer, format="JPEG", quality=88, optimize=True)
        _drawn_jpegs[title] = buffer.getvalue()
    return _drawn_jpegs[title]


def _save(title, draw, description):
    filename = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-") + ".jpg"
    file = ImageFile(io.BytesIO(_jpeg(title, draw)), name=filename)
    image = Image(title=title, description=description, file=file)
    image.save()
    return image


def _gradient(size, top, bottom):
    """A vertical gradient from `top` to `bottom`."""
    strip = PILImage.new("RGB", (1, 256))
    for y in range(256):
        strip.putpixel((0, y), tuple(round(a + (b - a) * y / 255) for a, b in zip(top, bottom, strict=True)))
    return strip.resize(size, PILImage.BILINEAR)


def _font(size):
    return ImageFont.load_default(size=size)


def _hills(draw, width, height, base, amplitude, colour, rng):
    """A ridge of gentle hills across the picture, filled down to the bottom edge."""
    phase, waves = rng.uniform(0, math.tau), rng.uniform(1.2, 2.6)
    points = [(0, height)]
    for x in range(0, width + 1, max(width // 60, 1)):
        y = base + amplitude * math.sin(phase + waves * math.tau * x / width)
        y += amplitude * 0.35 * math.sin(phase * 2 + 3.1 * waves * math.tau * x / width)
        points.append((x, y))
    points.append((width, height))
    draw.polygon(points, fill=colour)


def _tree(draw, x, ground, scale, colour):
    draw.rectangle((x - scale * 0.08, ground - scale * 0.45, x + scale * 0.08, ground), fill=(92, 64, 51))
    draw.ellipse(
        (x - scale * 0.35, ground - scale * 1.1, x + scale * 0.35, ground - scale * 0.35), fill=colour
    )


def draw_scene(seed, size=(1200, 630)):
    """A landscape: graded sky, a sun with a glow, soft clouds, three ridges of hills and a few trees."""
    rng = random.Random(seed)
    sky_top, sky_bottom, sun, far, near = SCENE_PALETTES[rng.randrange(len(SCENE_PALETTES))]
    width, height = size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE
    canvas = _gradient((width, height), sky_top, sky_bottom)
    glow = PILImage.new("RGBA", (width, height), (0, 0, 0, 0))
    sun_x, sun_y, radius = rng.uniform(0.2, 0.8) * width, rng.uniform(0.18, 0.35) * height, height * 0.09
    ImageDraw.Draw(glow).ellipse(
        (sun_x - radius * 2.2, sun_y - radius * 2.2, sun_x + radius * 2.2, sun_y + radius * 2.2),
        fill=(*sun, 90),
    )
    canvas.paste(
        glow.filter(ImageFilter.GaussianBlur(radius * 0.8)),
        (0, 0),
        glow.filter(ImageFilter.GaussianBlur(radius * 0.8)),
    )
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius), fill=sun)
    for _ in range(3):
        cx, cy, w = rng.uniform(0, width), rng.uniform(0.08, 0.3) * height, rng.uniform(0.12, 0.22) * width
        for dx, dy, r in ((-0.3, 0.1, 0.22), (0, 0, 0.3), (0.3, 0.12, 0.2)):
            draw.ellipse(
                (
                    cx + dx * w - r * w,
                    cy + dy * w - r * w * 0.6,
                    cx + dx * w + r * w,
                    cy + dy * w + r * w * 0.6,
                ),
                fill=(255, 255, 255),
            )
    middle = tuple((a + b) // 2 for a, b in zip(far, near, strict=True))
    _hills(draw, width, height, height * 0.58, height * 0.06, far, rng)
    _hills(draw, width, height, height * 0.7, height * 0.05, middle, rng)
    for _ in range(rng.randint(3, 6)):
        _tree(
            draw,
            rng.uniform(0.05, 0.95) * width,
            height * rng.uniform(0.74, 0.8),
            height * rng.uniform(0.12, 0.2),
            near,
        )
    _hills(draw, width, height, height * 0.84, height * 0.04, near, rng)
    return canvas.resize(size, PILImage.LANCZOS)


def draw_poster(text, size=(1200, 630), colours=(BRAND_PURPLE, (29, 112, 184))):
    """A title on a diagonal gradient with soft overlapping rings, like a campaign's banner."""
    width, height = size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE
    canvas = _gradient((width, height), *colours).rotate(0)
    rings = PILImage.new("RGBA", (width, height), (0, 0, 0, 0))
    ring_draw = ImageDraw.Draw(rings)
    rng = random.Random(text)
    for _ in range(7):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(0.15, 0.45) * height
        ring_draw.ellipse(
            (x - r, y - r, x + r, y + r), outline=(255, 255, 255, 60), width=max(int(r * 0.08), 2)
        )
        ring_draw.ellipse((x - r * 0.5, y - r * 0.5, x + r * 0.5, y + r * 0.5), fill=(255, 255, 255, 25))
    canvas.paste(rings, (0, 0), rings)
    draw = ImageDraw.Draw(canvas)
    font = _font(height // 6)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    while right - left > width * 0.85 and font.size > 12:
        font = _font(int(font.size * 0.9))
        left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    position = ((width - (right - left)) / 2 - left, (height - (bottom - top)) / 2 - top)
    shadow = SUPERSAMPLE * 3
    draw.text((position[0] + shadow, position[1] + shadow), text, font=font, fill=(20, 10, 40))
    draw.text(position, text, font=font, fill=WHITE)
    return canvas.resize(size, PILImage.LANCZOS)


def draw_logo(name, acronym, colour, size=(480, 160)):
    """An organisation's mark: a shield with its initials, and its name set beside it."""
    width, height = size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE
    canvas = PILImage.new("RGB", (width, height), WHITE)
    draw = ImageDraw.Draw(canvas)
    pad, shield_w = height * 0.12, height * 0.62
    top, bottom = pad, height - pad
    shield = [
        (pad, top),
        (pad + shield_w, top),
        (pad + shield_w, top + (bottom - top) * 0.55),
        (pad + shield_w / 2, bottom),
        (pad, top + (bottom - top) * 0.55),
    ]
    draw.polygon(shield, fill=colour)
    inset = [(x + (pad + shield_w / 2 - x) * 0.12, y + (height / 2 - y) * 0.12) for x, y in shield]
    draw.line([*inset, inset[0]], fill=(255, 215, 0), width=SUPERSAMPLE * 3)
    font = _font(int(shield_w * 0.28))
    left, text_top, right, text_bottom = draw.textbbox((0, 0), acronym, font=font)
    draw.text(
        (
            pad + (shield_w - (right - left)) / 2 - left,
            top + (bottom - top) * 0.38 - (text_bottom - text_top) / 2 - text_top,
        ),
        acronym,
        font=font,
        fill=WHITE,
    )
    words, lines = name.split(), []
    for word in words:
        if lines and len(lines[-1]) + len(word) < 18:
            lines[-1] += " " + word
        else:
            lines.append(word)
    name_font = _font(int(height * 0.17))
    x, line_height = pad * 2 + shield_w, name_font.size * 1.2
    y = (height - line_height * len(lines)) / 2
    for line in lines:
        draw.text((x, y), line, font=name_font, fill=(30, 30, 30))
        y += line_height
    return canvas.resize(size, PILImage.LANCZOS)


def get_or_create_drawn_image(title, draw, description):
    """The image with this title, or a new one from `draw()` (a Pillow image) described for alt text."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    return _save(title, draw, description)


def get_or_create_text_image(title, text, size=(1200, 630), description=""):
    """A poster with `text` on it; reuses the image with this title."""
    return get_or_create_drawn_image(title, lambda: draw_poster(text, size), description or text)


def draw_portrait(initials, colour, size=480):
    """A drawn head-and-shoulders figure with the person's initials, for demo people pages."""
    canvas = PILImage.new("RGB", (size, size), (236, 232, 242))
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((150, 70, 330, 250), fill=colour)  # head
    draw.pieslice((70, 260, 410, 600), 180, 360, fill=colour)  # shoulders
    font = ImageFont.load_default(size=64)
    left, top, right, bottom = draw.textbbox((0, 0), initials, font=font)
    draw.text(((size - (right - left)) / 2, 360), initials, font=font, fill=WHITE)
    return canvas


def get_or_create_portrait(title, initials, colour):
    """A demo person's portrait; reuses the image with this title."""
    return get_or_create_drawn_image(title, lambda: draw_portrait(initials, colour), "")
