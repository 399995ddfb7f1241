"""Draw the site's icons (favicon, Apple touch icon, manifest icons) into static/icons/ with Pillow.

The mark is a white "C" ring on the CELCIS purple, drawn from shapes so it needs
no font and no download. Run it again only to change the design:
`.venv/bin/python tools/draw_site_icons.py`.
"""

from pathlib import Path

from PIL import Image, ImageDraw

PURPLE = (75, 42, 107, 255)
GOLD = (255, 191, 71, 255)
WHITE = (255, 255, 255, 255)
OUT = Path(__file__).resolve().parents[1] / "static" / "icons"
SUPERSAMPLE = 4


def draw_mark(size, *, padding=0.0, rounded=True):
    """The mark at `size` pixels; `padding` (a fraction) keeps it inside a maskable icon's safe zone."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    radius = big // 5 if rounded else 0
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=radius, fill=PURPLE)
    inset = big * (0.2 + padding)
    box = (inset, inset, big - inset, big - inset)
    ring = max(int(big * (0.14 - padding / 3)), SUPERSAMPLE)
    # An open ring reads as a "C"; the gold dot is the child it encircles.
    draw.arc(box, start=45, end=315, fill=WHITE, width=ring)
    centre, dot = big / 2, big * (0.09 - padding / 4)
    draw.ellipse((centre - dot, centre - dot, centre + dot, centre + dot), fill=GOLD)
    return image.resize((size, size), Image.LANCZOS)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    draw_mark(48).save(OUT / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    draw_mark(32).save(OUT / "favicon-32.png", optimize=True)
    # iOS rounds the corners itself and shows transparency as black: a square, opaque icon.
    draw_mark(180, rounded=False).convert("RGB").save(OUT / "apple-touch-icon.png", optimize=True)
    draw_mark(192).save(OUT / "icon-192.png", optimize=True)
    draw_mark(512).save(OUT / "icon-512.png", optimize=True)
    draw_mark(512, padding=0.1, rounded=False).save(OUT / "icon-maskable-512.png", optimize=True)


if __name__ == "__main__":
    main()
