"""The site's own error pages: 400 (unreadable or over-large request, a host not ours), 403 for CSRF, 500/503.

The 400 and CSRF pages are the site's ordinary layout (as 404 is), rendered
with the request, status kept. They never echo what was sent.

Django calls handler500 inside its `except` block, so the exception being
handled is still at hand. Neither page touches the database, and the site
recovers on its own: connections are health-checked (CONN_HEALTH_CHECKS) and
reopened on the next request once the database is back.
"""

import sys

from django.core.exceptions import DisallowedHost
from django.db import InterfaceError, OperationalError
from django.http import HttpResponseBadRequest, HttpResponseServerError
from django.shortcuts import render
from django.template import loader

RETRY_AFTER_SECONDS = 30


def server_error(request, template_name="500.html"):
    exception = sys.exc_info()[1]
    if isinstance(exception, OperationalError | InterfaceError):
        response = HttpResponseServerError(loader.get_template("503.html").render())
        response.status_code = 503
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponseServerError(loader.get_template(template_name).render())


def bad_request(request, exception, template_name="400.html"):
    """Django's 400 (e.g. a body over DATA_UPLOAD_MAX_MEMORY_SIZE) as one of the site's pages."""
    if isinstance(exception, DisallowedHost):
        # The layout needs the host (links, the site's settings): it would raise again, and give a 500.
        return HttpResponseBadRequest(
            "This site does not answer to that host name.", content_type="text/plain; charset=utf-8"
        )
    return render(request, template_name, status=400)


def csrf_failure(request, reason="", template_name="403_csrf.html"):
    """A form sent without a valid CSRF token (usually an old tab or blocked cookies): say what to do."""
    return render(request, template_name, status=403)
