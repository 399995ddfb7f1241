"""What more than one app server shares is switched on from the environment, and off by default."""

import json
import os
import subprocess
import sys

from tooling.app_server import PROJECT_DIR

SHOW_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "media": settings.STORAGES["default"],
    "cdn": settings.WAGTAILFRONTENDCACHE,
    "sessions": settings.SESSION_ENGINE,
    "cache": settings.CACHES["default"],
}))
"""
SWITCHES = [
    "REDIS_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "FRONTEND_CACHE_PURGE_URL",
    "CLOUDFLARE_ZONE_ID",
    "CLOUDFLARE_BEARER_TOKEN",
    "FRONTEND_CACHE_HOSTNAMES",
]


def _settings_with(**env):
    clean = {name: value for name, value in os.environ.items() if name not in SWITCHES}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup();" + SHOW_SETTINGS],
        cwd=PROJECT_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": "celcis_site.settings.test", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_by_default_media_is_local_no_cdn_is_purged_and_sessions_are_in_the_database():
    shown = _settings_with()
    assert shown["media"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert shown["cdn"] == {}
    assert shown["sessions"] == "django.contrib.sessions.backends.db"
    assert shown["cache"]["BACKEND"].endswith("LocMemCache")


def test_a_bucket_puts_media_on_s3_compatible_storage():
    shown = _settings_with(
        AWS_STORAGE_BUCKET_NAME="celcis-media", AWS_S3_ENDPOINT_URL="https://s3.example.org"
    )
    assert shown["media"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert shown["media"]["OPTIONS"]["bucket_name"] == "celcis-media"
    assert shown["media"]["OPTIONS"]["endpoint_url"] == "https://s3.example.org"
    assert shown["media"]["OPTIONS"]["file_overwrite"] is False


def test_redis_shares_the_cache_and_sessions_and_its_errors_are_ignored():
    shown = _settings_with(REDIS_URL="redis://127.0.0.1:6379/9")
    assert shown["cache"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert shown["cache"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert shown["cache"]["OPTIONS"]["SOCKET_CONNECT_TIMEOUT"] <= 1
    assert shown["sessions"] == "django.contrib.sessions.backends.cached_db"


def test_a_purge_url_or_cloudflare_zone_turns_the_cdn_purge_on():
    shown = _settings_with(
        FRONTEND_CACHE_PURGE_URL="http://varnish.internal:6081",
        CLOUDFLARE_ZONE_ID="zone",
        CLOUDFLARE_BEARER_TOKEN="token",
        FRONTEND_CACHE_HOSTNAMES="www.celcis.org.uk",
    )
    assert shown["cdn"]["http"]["LOCATION"] == "http://varnish.internal:6081"
    assert shown["cdn"]["cloudflare"]["ZONEID"] == "zone"
    assert shown["cdn"]["http"]["HOSTNAMES"] == ["www.celcis.org.uk"]


def test_several_purge_urls_purge_each_varnish():
    shown = _settings_with(FRONTEND_CACHE_PURGE_URL="http://10.0.0.21:6081, http://10.0.0.22:6081")
    assert sorted(backend["LOCATION"] for backend in shown["cdn"].values()) == [
        "http://10.0.0.21:6081",
        "http://10.0.0.22:6081",
    ]
