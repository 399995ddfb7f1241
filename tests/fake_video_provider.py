"""A fake video company on another loopback address (127.0.0.2), for the video-consent tests.

It answers oEmbed like YouTube does (an iframe player, a thumbnail), serves a
player page that sets a cookie and counts every request, and is registered as
a Wagtail embed finder, with its origin in the CSP's frame-src, through the
`fake_video_provider` fixture (the test settings of those tests).
"""

import io
import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image as PILImage

HOST = "127.0.0.2"
VIDEO_URL = "https://fake-video.example/watch/whoissam"
PROVIDER_NAME = "Fake Video"
PLAYER_COOKIE = "fake_player_tracking"


def _thumbnail_png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (480, 270), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


class FakeVideoProvider:
    def __init__(self):
        self.hits = Counter()
        self.thumbnail = _thumbnail_png()
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                path = urlsplit(self.path).path
                provider.hits[path.split("/")[1]] += 1
                if path == "/oembed":
                    self._send(200, "application/json", json.dumps(provider.oembed(self.path)).encode())
                elif path.startswith("/player/"):
                    body = b"<!DOCTYPE html><title>Fake player</title><p>Playing</p>"
                    self._send(200, "text/html", body, cookie=f"{PLAYER_COOKIE}=1; Path=/; Max-Age=3600")
                elif path == "/thumbnail.png":
                    self._send(200, "image/png", provider.thumbnail)
                else:
                    self._send(404, "text/plain", b"not found")

            def _send(self, status, content_type, body, cookie=None):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                if cookie:
                    self.send_header("Set-Cookie", cookie)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((HOST, 0), Handler)
        self.origin = f"http://{HOST}:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def oembed(self, request_path):
        video = parse_qs(urlsplit(request_path).query).get("url", [""])[0].rsplit("/", 1)[-1]
        return {
            "type": "video",
            "version": "1.0",
            "title": "The fake video",
            "provider_name": PROVIDER_NAME,
            "author_name": "Fake Channel",
            "width": 480,
            "height": 270,
            "html": f'<iframe width="480" height="270" src="{self.origin}/player/{video}"></iframe>',
            "thumbnail_url": f"{self.origin}/thumbnail.png",
            "thumbnail_width": 480,
            "thumbnail_height": 270,
        }

    @property
    def player_url(self):
        return f"{self.origin}/player/whoissam"

    def player_hits(self):
        return self.hits["player"]


@pytest.fixture
def fake_video_provider(settings):
    provider = FakeVideoProvider()
    provider.thread.start()
    settings.WAGTAILEMBEDS_FINDERS = [
        {
            "class": "wagtail.embeds.finders.oembed",
            "providers": [
                {"endpoint": f"{provider.origin}/oembed", "urls": [r"^https://fake-video\.example/.+$"]}
            ],
        }
    ]
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {**directives, "frame-src": [*directives["frame-src"], provider.origin]}
    }
    yield provider
    provider.server.shutdown()
    provider.server.server_close()


def video_block(title="#WhoIsSam: the animation", **extra):
    return {"type": "embed", "value": {"embed": VIDEO_URL, "title": title, "caption": "", **extra}}
