"""Development settings: debug on, mail to the console, a demo admin account."""

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
# A dev-only key: production.py refuses to start without a real one.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# `make run` signs you in with this; it exists only where these settings are used.
DEMO_ADMIN_ACCOUNT = {"username": "demo-admin", "password": "celcis-demo-admin-2017"}
