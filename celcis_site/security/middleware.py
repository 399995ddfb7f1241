"""Middleware: a request id on every request and response, and the Permissions-Policy header."""

import re
import uuid

from csp.constants import SELF, UNSAFE_INLINE
from django.conf import settings

from .request_context import current_request, current_request_id

# A proxy's id is kept only if it looks like an id, so nothing odd reaches the logs.
ACCEPTABLE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def request_id_for(request):
    """The proxy's request id when it looks like one, else a new one."""
    # META rather than request.headers: it is read on every page-cache hit, and headers parses them all.
    incoming = request.META.get("HTTP_X_REQUEST_ID", "")
    return incoming if ACCEPTABLE_REQUEST_ID.match(incoming) else uuid.uuid4().hex


class RequestContextMiddleware:
    """Gives each request an id (logged, and echoed in X-Request-ID) and makes the request
    reachable from code that is not handed it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = request_id_for(request)
        id_token = current_request_id.set(request.id)
        request_token = current_request.set(request)
        try:
            response = self.get_response(request)
        finally:
            current_request.reset(request_token)
            current_request_id.reset(id_token)
        response["X-Request-ID"] = request.id
        return response


class PermissionsPolicyMiddleware:
    """Turns off browser features the site never uses, for this site and anything it embeds."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class AdminPolicyMiddleware:
    """What the Wagtail admin needs beyond the public policy, and nothing more.

    Its markup carries style attributes, so inline styles are allowed there;
    and its live preview shows the page in a same-origin frame, so the admin
    may frame this site. Scripts stay under the strict policy everywhere.
    Listed after CSPMiddleware, so the policy it writes includes these changes.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/"):
            response._csp_update = {"style-src": [UNSAFE_INLINE], "frame-src": [SELF]}
        return response
