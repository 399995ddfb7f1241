"""The server-error handler: 503 while the database is unreachable, 500 for anything else.

Django calls handler500 inside its `except` block, so the exception being
handled is still at hand. Neither page touches the database, and the site
recovers on its own: connections are health-checked (CONN_HEALTH_CHECKS) and
reopened on the next request once the database is back.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponseServerError
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
