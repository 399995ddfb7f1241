"""Test settings: fast password hashing, mail kept in memory, media in a temp folder."""

import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# An app server a test starts (tests/app_server.py) is handed the test run's folder, to see its images.
MEDIA_ROOT = Path(os.environ.get("CELCIS_TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="celcis-test-media-"))  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
