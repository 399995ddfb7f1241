"""The page cache's front door: a page this process keeps in memory goes out before Django's handler runs.

gunicorn calls it first (celcis_site/wsgi.py), as WhiteNoise's WSGI wrapper
would be. A plain GET from a visitor with no cookie besides the essential
ones, for a page this process keeps in memory under a generation it trusts
(caching/broadcast.py), is answered at once with the stored response: no
round trip, no request signals, none of Django's request cycle but the
request object the page cache keys on. Everything else goes to Django as
before, where FullPageCacheMiddleware answers from the shared cache or has
the page rendered: a page not in memory, a visitor whose other cookies must
be deleted, a host not allowed (Django's 400), and anything unexpected here,
which is logged and never turns a page into an error.
"""

import logging

from .middleware import hit_from_memory

logger = logging.getLogger(__name__)


class PageCacheFront:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        response = None
        if environ.get("REQUEST_METHOD") == "GET":
            try:
                response = hit_from_memory(environ)
            except Exception:
                logger.exception("The page cache's front door failed; the request goes to Django.")
        if response is None:
            return self.application(environ, start_response)
        start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
        return [response.content]
