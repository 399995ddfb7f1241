"""The icons a browser and a phone ask for: /favicon.ico, the Apple touch icon and the manifest's icons."""

import io

from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from PIL import Image


def test_favicon_ico_is_an_icon_at_the_root(db, client):
    response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "max-age" in response["Cache-Control"]
    icon = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert icon.format == "ICO"
    assert (32, 32) in icon.info["sizes"]


def test_phones_find_the_apple_touch_icon_at_the_root_and_in_the_page(home, client):
    for url in ["/apple-touch-icon.png", "/apple-touch-icon-precomposed.png"]:
        response = client.get(url)
        assert response.status_code == 200, url
        image = Image.open(io.BytesIO(b"".join(response.streaming_content)))
        assert image.size == (180, 180)
        assert image.mode == "RGB"  # iOS shows transparency as black

    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.find("link", rel="apple-touch-icon") is not None
    assert soup.find("link", rel="icon")["href"] == "/favicon.ico"
    assert soup.find("link", rel="manifest")["href"] == "/site.webmanifest"


def test_the_manifest_names_the_site_and_lists_icons_that_exist(db, client):
    response = client.get("/site.webmanifest")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["short_name"] == "CELCIS"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        width, height = Image.open(path).size
        assert f"{width}x{height}" == icon["sizes"]
