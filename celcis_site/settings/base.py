"""Settings shared by every environment.

Everything that differs between machines comes from the environment; the
defaults need nothing installed (SQLite, an in-memory cache) so that a fresh
clone runs with `make run`. dev.py, test.py and production.py adjust the rest.
"""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "celcis_site.pages",
    "celcis_site.home",
    "celcis_site.navigation",
    "celcis_site.search",
    "celcis_site.demo",
    "celcis_site.security",
    "celcis_site.backups",
    "celcis_site.editorial",
    "celcis_site.seo",
    "news",
    "contacts",
    "people",
    "events",
    "knowledge_bank",
    "newsletter",
    "celcis_site.consent",
    "celcis_site.page_cache",
    "celcis_site.caching",
    "tooling",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    # Not wagtail.contrib.frontend_cache: its app only adds handlers that purge a page the moment
    # it is published, before the commit; page_cache/cdn.py purges it and its listings on commit.
    "wagtail.embeds",
    "wagtail.sites",
    "celcis_site.security.users_app.StaffUsersAppConfig",  # wagtail.users, guarded
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "csp",
    "axes",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: a hit is answered before any other code runs, with the headers stored with the page.
    "celcis_site.page_cache.middleware.FullPageCacheMiddleware",
    "celcis_site.security.middleware.RequestContextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "celcis_site.security.middleware.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "celcis_site.security.middleware.AdminPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside sessions, CSRF and messages, so it sees (and enforces consent on) every cookie they set.
    "celcis_site.consent.middleware.CookieConsentMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "celcis_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Form widgets render with the project's templates, so the admin widget
# templates in templates/wagtailadmin/ (which add CSP nonces) are used.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

WSGI_APPLICATION = "celcis_site.wsgi.application"

# PostgreSQL (psycopg 3) when DATABASE_URL is set, else a SQLite file that git
# ignores. Persistent connections with health checks, so a restarted database
# is reconnected to instead of failing every request on a dead connection.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=600,
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis through django-redis when REDIS_URL is set, else a per-process cache.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "celcis",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                # Redis away: every cache call answers "nothing there" at once instead of raising,
                # so pages are served uncached rather than failing (docs/page-cache.md).
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.25")),
                "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
            },
        }
    }
    # Sessions written to PostgreSQL and read through Redis: shared by every app
    # server, and staff stay signed in when Redis restarts, evicts or goes away.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Rate-limit, throttle and lockout counters: a cache of their own that page-cache pressure
# cannot evict (COUNTERS_REDIS_URL: a Redis with noeviction, docs/limits.md). No
# IGNORE_EXCEPTIONS: a failure to count is logged as an error (security/throttle.py).
CACHES["counters"] = (
    {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ.get("COUNTERS_REDIS_URL") or os.environ["REDIS_URL"],
        "KEY_PREFIX": "celcis-counters",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.5},
    }
    if os.environ.get("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "counters"}
)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex page forms in the Wagtail editor exceed Django's default of 1,000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: SMTP settings from the environment; dev and test choose other back ends.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "CELCIS website <no-reply@celcis.org.uk>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# A mail server that stops answering must not hold a visitor's request for ever.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))

# Contact form: accepted submissions per visitor per window, counted in the cache.
CONTACT_FORM_RATE_LIMIT = int(os.environ.get("CONTACT_FORM_RATE_LIMIT", "5"))
CONTACT_FORM_RATE_LIMIT_WINDOW = int(os.environ.get("CONTACT_FORM_RATE_LIMIT_WINDOW", str(60 * 60)))
# Cookie decisions recorded per visitor per hour (beyond it they apply but are not recorded).
CONSENT_RECORD_RATE_LIMIT = int(os.environ.get("CONSENT_RECORD_RATE_LIMIT", "10"))
# How many reverse proxies in front of the site append to X-Forwarded-For
# (0: use the connection's address). Only their entries can be trusted.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# One JSON object per line, each with the request id of the request it belongs to.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "celcis_site.security.logging.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["request_id"]}
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Every page save runs index and reference tasks; their start/finish lines are noise.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# Security: what every environment enforces (sign-in, cookies, headers, the CSP), in its own
# module; production.py adds HTTPS.
from .security import *  # noqa: E402, F403

# Wagtail
WAGTAIL_SITE_NAME = "CELCIS"
# The admin would otherwise ask releases.wagtail.org for the latest version from every editor's browser.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_IMAGE_FORM_BASE = "celcis_site.pages.image_form.ImageForm"  # "Description" is the alt text
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The database back end uses PostgreSQL full-text search on PostgreSQL and
# SQLite's FTS5 on SQLite: no separate search server to run.
# On PostgreSQL, English stemming: a search for "stream" finds "streaming".
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "celcis_site.security.documents.SafeDocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # refuses decompression bombs before decoding
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]  # no SVG: it can carry script
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Data retention
# Cookie consent: how long a consent record is kept after the consent expired (12 months after the choice).
COOKIE_CONSENT_RETENTION_DAYS = int(os.environ.get("COOKIE_CONSENT_RETENTION_DAYS", "730"))
BOOKING_RETENTION_DAYS = int(os.environ.get("BOOKING_RETENTION_DAYS", "90"))

# Mailing list (newsletter/, docs/consent.md): how long a confirmation link works (unconfirmed
# sign-ups are deleted then), when the weekly digest goes (weekday 0 = Monday, hour in UK time),
# how many digests one scheduler round sends, and the limits on sign-ups.
NEWSLETTER_CONFIRMATION_DAYS = int(os.environ.get("NEWSLETTER_CONFIRMATION_DAYS", "7"))
NEWSLETTER_DIGEST_WEEKDAY = int(os.environ.get("NEWSLETTER_DIGEST_WEEKDAY", "0"))
NEWSLETTER_DIGEST_HOUR = int(os.environ.get("NEWSLETTER_DIGEST_HOUR", "8"))
NEWSLETTER_DIGEST_BATCH = int(os.environ.get("NEWSLETTER_DIGEST_BATCH", "200"))
NEWSLETTER_SIGN_UP_RATE_LIMIT = int(os.environ.get("NEWSLETTER_SIGN_UP_RATE_LIMIT", "10"))
NEWSLETTER_EMAILS_PER_ADDRESS = int(os.environ.get("NEWSLETTER_EMAILS_PER_ADDRESS", "3"))

# Set only by the dev settings: the demo loader then creates a known admin account.
DEMO_ADMIN_ACCOUNT = None

# Editorial workflow (celcis_site/editorial).
# Editors see and enter times in the site's zone, Europe/London (GMT/BST); with
# one zone listed the admin offers no other.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
# Renaming or moving a published page adds a redirect from its old address (Wagtail's default, relied on).
WAGTAILREDIRECTS_AUTO_CREATE = True
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Page cache and CDN
# Full-page cache for anonymous visitors (celcis_site/page_cache): how long a page
# stays in our cache (a publish clears it at once regardless), and what a CDN is told.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(60 * 60)))
PAGE_CACHE_CDN_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_SECONDS", "300"))
PAGE_CACHE_STALE_WHILE_REVALIDATE_SECONDS = int(
    os.environ.get("PAGE_CACHE_STALE_WHILE_REVALIDATE_SECONDS", "60")
)
# With Redis, each app server process also keeps the pages it serves most in its own memory,
# up to this many megabytes, and answers them without a round trip (docs/page-cache.md).
PAGE_CACHE_MEMORY_MB = int(os.environ.get("PAGE_CACHE_MEMORY_MB", "32"))
# The query parameters pages use, with the form of their values: a request with any other
# parameter, or a value of another form, is never cached (page_cache/query.py).
PAGE_CACHE_QUERY_PARAMETERS = {
    "page": r"[1-9][0-9]{0,5}",
    "topic": r"[-a-z0-9]{1,60}",
    "year": r"[12][0-9]{3}",
    "cookie-choice": r"accepted|rejected|saved",
    "format": r"[a-z-]{1,30}",
    "month": r"[12][0-9]{3}-[01][0-9]",
    # The Knowledge Bank's library (several ?type= or ?topic= values are served, not cached).
    "type": r"[-a-z0-9]{1,60}",
    "from": r"[12][0-9]{3}",
    "to": r"[12][0-9]{3}",
    "author": r"[-a-z0-9]{1,100}",
    "sort": r"newest|oldest|title|relevance",
    "q": r"[\w ]{1,60}",
}
PAGE_CACHE_EXCLUDED_PATHS = [
    "/admin/",
    "/search/",
    "/documents/",
    "/cookie-consent/",
    "/cookies/",
    "/healthz/",
]

# A CDN or caching proxy in front, purged on publish (wagtail.contrib.frontend_cache):
# an HTTP PURGE endpoint (Varnish, nginx, Fastly-style) and/or Cloudflare. Off when unset.
WAGTAILFRONTENDCACHE = {}
# Several caching proxies (docs/varnish.md): their URLs comma-separated, each purged.
for _number, _location in enumerate(env_list("FRONTEND_CACHE_PURGE_URL")):
    WAGTAILFRONTENDCACHE["http" if _number == 0 else f"http-{_number + 1}"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": _location,
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
    }
for _backend in WAGTAILFRONTENDCACHE.values():
    if os.environ.get("FRONTEND_CACHE_HOSTNAMES"):
        _backend["HOSTNAMES"] = env_list("FRONTEND_CACHE_HOSTNAMES")

# Uploaded images and documents on S3-compatible object storage (django-storages)
# when a bucket is named, so every app server sees the same files. Credentials
# come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3 itself.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Uploads never replace one another, and public media needs no signed URLs.
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }
