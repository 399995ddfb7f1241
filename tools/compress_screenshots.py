"""Copy the browser tests' screenshots of home, article and contact into docs/screenshots/, small.

Each PNG is cut to its first screens, reduced to a 64-colour palette and,
if still over 150 KB, scaled down, so the README's pictures stay light.
Run by `make screenshots` after the screenshot tests.
"""

import io
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "test-results"
TARGET = ROOT / "docs" / "screenshots"
NAMES = [f"{page}-{width}.png" for page in ("home", "article", "contact") for width in (375, 1280)]
MAX_BYTES = 150 * 1024
MAX_HEIGHT_IN_WIDTHS = {375: 4, 1280: 1.5}  # how many widths tall a picture may be before it is cut


def compressed(image, width):
    image = image.convert("RGB")
    height = min(image.height, int(width * MAX_HEIGHT_IN_WIDTHS[width]))
    image = image.crop((0, 0, image.width, height))
    while True:
        buffer = io.BytesIO()
        image.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(buffer, "PNG", optimize=True)
        if buffer.tell() <= MAX_BYTES:
            return buffer.getvalue()
        image = image.resize((image.width * 4 // 5, image.height * 4 // 5), Image.Resampling.LANCZOS)


def main():
    missing = [name for name in NAMES if not (SOURCE / name).exists()]
    if missing:
        sys.exit(f"Run the screenshot tests first; missing in {SOURCE}: {', '.join(missing)}")
    TARGET.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        width = int(name.rsplit("-", 1)[1].removesuffix(".png"))
        data = compressed(Image.open(SOURCE / name), width)
        (TARGET / name).write_bytes(data)
        print(f"{TARGET / name}: {len(data) // 1024} KB")


if __name__ == "__main__":
    main()
