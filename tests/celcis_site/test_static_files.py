"""In production, collectstatic writes hashed, compressed copies, and whitenoise serves them for a year.

The settings here are production's static file storage (whitenoise's
CompressedManifestStaticFilesStorage) over the project's own static/ folder
(Wagtail's admin files are left out to keep the test quick).
"""

import gzip
import re

import pytest
from django.core.management import call_command

HASHED_NAME = re.compile(r"^(?P<stem>.+)\.(?P<hash>[0-9a-f]{12})\.(?P<ext>css|js)$")


@pytest.fixture
def collected_static(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", verbosity=0)
    return tmp_path


def test_collectstatic_writes_a_hashed_gzipped_copy_of_every_stylesheet_and_script(
    collected_static, settings
):
    sources = sorted(
        path.relative_to(settings.BASE_DIR / "static").as_posix()
        for path in (settings.BASE_DIR / "static").rglob("*")
        if path.suffix in {".css", ".js"}
    )
    assert sources

    for source in sources:
        folder, name = source.rsplit("/", 1)
        stem, ext = name.rsplit(".", 1)
        [hashed] = [
            path
            for path in (collected_static / folder).iterdir()
            if (match := HASHED_NAME.match(path.name)) and (match["stem"], match["ext"]) == (stem, ext)
        ]
        compressed = hashed.with_name(hashed.name + ".gz")
        assert gzip.decompress(compressed.read_bytes()) == hashed.read_bytes()


def test_pages_link_the_hashed_names(collected_static, home, client):
    html = client.get("/").content.decode()

    stylesheets = re.findall(r'<link rel="stylesheet" href="/static/([^"]+)"', html)
    scripts = re.findall(r'<script src="/static/([^"]+)"', html)
    assert "css/site.css" not in stylesheets
    assert stylesheets
    assert scripts
    assert all(HASHED_NAME.match(name.rsplit("/", 1)[-1]) for name in stylesheets + scripts)


def test_whitenoise_serves_hashed_files_compressed_with_year_long_cache_headers(collected_static, client):
    [hashed] = [path.name for path in (collected_static / "css").glob("site.*.css")]

    response = client.get(f"/static/css/{hashed}", HTTP_ACCEPT_ENCODING="gzip")

    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    body = b"".join(response.streaming_content)
    assert gzip.decompress(body) == (collected_static / "css" / hashed).read_bytes()
