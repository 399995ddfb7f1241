"""WSGI entry point for gunicorn and other WSGI servers (production settings by default).

Pages this process keeps in memory are answered in front of Django's handler
(page_cache/front.py); every other request goes through Django.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "celcis_site.settings.production")

application = get_wsgi_application()

from celcis_site.page_cache.front import PageCacheFront  # noqa: E402 (needs the settings loaded above)

application = PageCacheFront(application)
