"""Production settings: everything secret or host-specific comes from the environment."""

import sys

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    # One line saying what to do, and a non-zero exit: a traceback would bury the message.
    sys.exit(
        "SECRET_KEY is not set: export SECRET_KEY to a long random string "
        "(python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )

# Links in e-mails (password reset above all) must name the site, not whatever Host a request sent.
if not os.environ.get("WAGTAILADMIN_BASE_URL", "").startswith(("https://", "http://")):  # noqa: F405
    sys.exit(
        "WAGTAILADMIN_BASE_URL is not set: export it as the site's public address, "
        "e.g. https://www.celcis.org.uk (links in e-mails use it)."
    )

DEBUG = False

# `collectstatic` gathers hashed, compressed files here; whitenoise serves them
# with year-long cache headers.
STATIC_ROOT = BASE_DIR / "staticfiles"  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
