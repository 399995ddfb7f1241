"""Test settings: fast password hashing, mail kept in memory, media in a temp folder."""

import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# MEDIA_ROOT from a backup test's subprocess, CELCIS_TEST_MEDIA_ROOT from an app server a test
# starts (tests/app_server.py), so it sees the test run's images.
MEDIA_ROOT = Path(  # noqa: F405
    os.environ.get("CELCIS_TEST_MEDIA_ROOT")  # noqa: F405
    or os.environ.get("MEDIA_ROOT")  # noqa: F405
    or tempfile.mkdtemp(prefix="celcis-test-media-")
)
WAGTAILADMIN_BASE_URL = "http://testserver"
