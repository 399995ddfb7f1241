"""POST /cookie-consent/: the banner and the cookies page send the visitor's decision here.

Pages are cached and shared, so their forms carry no CSRF token. Forgery is
stopped instead by what browsers say about where a request comes from:
`Sec-Fetch-Site` must be `same-origin`, or failing that `Origin` (or, from old
browsers that send neither, `Referer`) must be this site. A request with none
of them cannot come from another site's page in a browser that sends none of
them either, so it is let through (that is also how curl and the test client talk).

Each client may record CONSENT_RECORD_RATE_LIMIT decisions per hour: a person
changes their mind a few times, not a hundred. Past that the decision still
applies to the browser (its cookie is set) but is not recorded, so one machine
cannot skew the consent report.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import (
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
    JsonResponse,
    QueryDict,
)
from django.http.multipartparser import MultiPartParserError
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt

from celcis_site.security.client_address import client_address
from celcis_site.security.throttle import Throttle

from .catalogue import CONSENT_COOKIE_NAME
from .decisions import InvalidDecision, parse_decision, record_consent
from .state import CONSENT_MAX_AGE, decide

MAX_BODY_BYTES = 2048
CONFIRMATION_PARAMETER = "cookie-choice"


def _plain(message, status):
    return HttpResponse(message + "\n", status=status, content_type="text/plain; charset=utf-8")


class SeeOther(HttpResponseRedirect):
    status_code = 303


def _origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def comes_from_this_site(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    trusted = {_origin_of(request.build_absolute_uri("/")), *map(str.lower, settings.CSRF_TRUSTED_ORIGINS)}
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin.lower() in trusted
    referer = request.headers.get("Referer")
    if referer is not None:
        return _origin_of(referer) in trusted
    return True


def _return_address(request, next_url, outcome):
    """The page the visitor came from, on this site, with the outcome for the no-JavaScript message."""
    if not next_url or not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    parts = urlsplit(next_url)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        parts = urlsplit("/")
    query = QueryDict(parts.query, mutable=True)
    query.pop(CONFIRMATION_PARAMETER, None)
    query[CONFIRMATION_PARAMETER] = outcome
    # The fragment takes a visitor who chose on a video placeholder back to that video.
    return urlunsplit(("", "", parts.path, query.urlencode(), parts.fragment))


def _record_throttle(request):
    return Throttle(
        "consent-records",
        client_address(request),
        settings.CONSENT_RECORD_RATE_LIMIT,
        60 * 60,
        "Consent records",
    )


@csrf_exempt
def record_choice(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"], content="Send your cookie choice with POST.\n")
    if not comes_from_this_site(request):
        return _plain("Cookie choices can only be sent from this website.", 403)
    try:
        declared_length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return _plain("Bad Content-Length.", 400)
    if declared_length > MAX_BODY_BYTES:
        return _plain("Request body too large.", 400)
    try:
        post = request.POST
    except (RequestDataTooBig, MultiPartParserError, SuspiciousOperation):
        return _plain("The form could not be read.", 400)

    catalogue = request.cookie_consent.catalogue
    try:
        decision = parse_decision(post, catalogue, previous=request.cookie_consent)
    except InvalidDecision as error:
        return _plain(str(error), 400)

    if _record_throttle(request).take():
        consent = record_consent(decision, catalogue, previous=request.cookie_consent)
    else:
        consent = decide(catalogue, decision.accepted, request.cookie_consent.consent_id)
    # The middleware enforces this new consent on this very response.
    request.cookie_consent = consent

    # The banner confirms in its own words; the cookies page and a video placeholder show the outcome.
    banner_outcome = "accepted" if decision.accepted else "rejected"
    outcome = banner_outcome if decision.source == "banner" else "saved"
    if "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse(
            {"outcome": outcome, "state": consent.state, "accepted": sorted(consent.accepted)}
        )
    else:
        response = SeeOther(_return_address(request, post.get("next"), outcome))
    response.set_cookie(
        CONSENT_COOKIE_NAME,
        consent.cookie_value(),
        max_age=int(CONSENT_MAX_AGE.total_seconds()),
        secure=request.is_secure(),
        httponly=False,  # the banner's script reads the (unsigned, readable) state part
        samesite="Lax",
    )
    response["Cache-Control"] = "no-store"
    return response
