"""The mailing list's public pages: sign up, check your e-mail, confirm, preferences and unsubscribe.

The sign-up form is on every (cached, shared) page, so like the cookie choice
(celcis_site/consent/views.py) it carries no CSRF token: forged posts are
refused by where the browser says they come from, and each client may send
NEWSLETTER_SIGN_UP_RATE_LIMIT sign-ups an hour. Every sign-up that passes
gets the same redirect to the same page, whether or not the address was known.

Pages reached from signed links show one person's subscription: never cached,
never indexed. Their POSTs need no origin check: the signed link is the key,
and the one-click unsubscribe comes from e-mail programs, not from our pages.
"""

import uuid
from functools import wraps

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import HttpResponse, HttpResponseNotAllowed
from django.http.multipartparser import MultiPartParserError
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt

from celcis_site.consent.views import SeeOther, comes_from_this_site
from celcis_site.security.client_address import client_address
from celcis_site.security.throttle import Throttle

from . import links, subscriptions, wording
from .forms import PreferencesForm, SignUpForm
from .models import RecordForm, Subscriber, SubscriberStatus, SubscriptionRecord
from .signup_context import signup_form_context

MAX_BODY_BYTES = 4096


def _plain(message, status):
    return HttpResponse(message + "\n", status=status, content_type="text/plain; charset=utf-8")


def _private(response):
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


def _link_problem(request, title, message, status):
    context = {"title": title, "message": message}
    return _private(TemplateResponse(request, "newsletter/link_problem.html", context, status=status))


def _read_post(request):
    """request.POST, or None when the body is too large or unreadable."""
    try:
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES:
            return None
        return request.POST
    except (ValueError, RequestDataTooBig, MultiPartParserError, SuspiciousOperation):
        return None


def signup_page(request):
    context = {"signup": signup_form_context("page"), "hide_footer_signup": True}
    return TemplateResponse(request, "newsletter/signup_page.html", context)


def check_your_email(request):
    context = {"days": settings.NEWSLETTER_CONFIRMATION_DAYS}
    return TemplateResponse(request, "newsletter/check_your_email.html", context)


def _signup_throttle(request):
    return Throttle(
        "newsletter-sign-up",
        client_address(request),
        settings.NEWSLETTER_SIGN_UP_RATE_LIMIT,
        60 * 60,
        "Mailing list sign-ups",
    )


def _signup_page_with_problem(request, status, form=None, problem=None):
    context = {
        "signup": signup_form_context("page", form=form, problem=problem),
        "hide_footer_signup": True,
    }
    return TemplateResponse(request, "newsletter/signup_page.html", context, status=status)


@csrf_exempt
def subscribe(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"], content="Send the sign-up form with POST.\n")
    if not comes_from_this_site(request):
        return _plain("Sign-ups can only be sent from this website.", 403)
    post = _read_post(request)
    if post is None:
        return _plain("The form could not be read.", 400)
    throttle = _signup_throttle(request)
    if not throttle.take():
        response = _signup_page_with_problem(
            request,
            429,
            problem="You have sent the form several times in a short time. "
            f"Please try again in {throttle.window_minutes} minutes.",
        )
        response["Retry-After"] = str(throttle.window_seconds)
        return response
    form = SignUpForm(post)
    if not form.is_valid():
        throttle.give_back()
        return _signup_page_with_problem(request, 400, form=form)
    data = form.cleaned_data
    subscriptions.sign_up(
        data["email"],
        data["name"],
        data["topics"],
        data["form"],
        data["wording_version"],
        wording.wording_for(data["wording_version"]),
    )
    return SeeOther(reverse("newsletter:check-your-email"))


def _subscriber_from(reference_hex):
    return Subscriber.objects.filter(reference=_uuid_or_none(reference_hex)).first()


def _uuid_or_none(reference_hex):
    try:
        return uuid.UUID(hex=reference_hex)
    except ValueError:
        return None


INVALID_LINK = (
    "This link is not valid",
    "The address may have been copied wrongly: open the link from the email again.",
    400,
)


@csrf_exempt
def confirm(request, token):
    try:
        reference, record_id = links.read_confirmation_token(token)
    except links.ExpiredLink:
        return _link_problem(
            request,
            "This link has expired",
            f"Confirmation links work for {settings.NEWSLETTER_CONFIRMATION_DAYS} days. "
            "Sign up again and we will send you a new one.",
            410,
        )
    except links.InvalidLink:
        return _link_problem(request, *INVALID_LINK)
    subscriber = _subscriber_from(reference)
    sign_up_record = (
        SubscriptionRecord.objects.filter(pk=record_id, subscriber=subscriber).first() if subscriber else None
    )
    if sign_up_record is None or subscriber.status == SubscriberStatus.UNSUBSCRIBED:
        return _link_problem(
            request,
            "This link is no longer valid",
            "The sign-up it confirms was cancelled or deleted. Sign up again to get the weekly email.",
            410,
        )
    if request.method == "POST":
        subscriber = subscriptions.confirm(subscriber, sign_up_record)
    elif request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"], content="Open the link, or send the form with POST.\n")
    context = {
        "subscriber": subscriber,
        "topics": [topic["name"] for topic in sign_up_record.topics],
        "confirmed": subscriber.status == SubscriberStatus.CONFIRMED,
        "preferences_url": links.preferences_url(subscriber),
    }
    return _private(TemplateResponse(request, "newsletter/confirm.html", context))


def from_signed_link(read_token):
    """A view of one person's subscription, from a signed link: 400 for a bad link, GET and POST only.

    The view is called with the subscriber the link names, or None if that
    address is no longer stored (erased, or pruned).
    """

    def decorate(view):
        @csrf_exempt
        @wraps(view)
        def checked(request, token):
            if request.method not in ("GET", "POST"):
                return HttpResponseNotAllowed(
                    ["GET", "POST"], content="Open the link, or send the form with POST.\n"
                )
            try:
                reference = read_token(token)
            except links.InvalidLink:
                return _link_problem(request, *INVALID_LINK)
            return view(request, _subscriber_from(reference))

        return checked

    return decorate


@from_signed_link(links.read_unsubscribe_token)
def unsubscribe(request, subscriber):
    if request.method == "POST" and subscriber is not None:
        post = _read_post(request)
        one_click = post is not None and post.get("List-Unsubscribe") == "One-Click"
        subscriptions.unsubscribe(
            subscriber, RecordForm.ONE_CLICK if one_click else RecordForm.UNSUBSCRIBE_PAGE
        )
        subscriber.refresh_from_db()
    context = {
        "subscriber": subscriber,
        "on_list": subscriber is not None and subscriber.status != SubscriberStatus.UNSUBSCRIBED,
    }
    return _private(TemplateResponse(request, "newsletter/unsubscribe.html", context))


@from_signed_link(links.read_preferences_token)
def preferences(request, subscriber):
    if subscriber is None or subscriber.status != SubscriberStatus.CONFIRMED:
        return _link_problem(
            request,
            "You are not on the mailing list",
            "This address no longer gets the weekly email. Sign up again if you would like it.",
            410,
        )
    form, saved, status = None, False, 200
    if request.method == "POST":
        post = _read_post(request)
        if post is None:
            return _plain("The form could not be read.", 400)
        form = PreferencesForm(post)
        if form.is_valid():
            version = form.cleaned_data["wording_version"]
            subscriptions.change_preferences(
                subscriber,
                form.cleaned_data["name"],
                form.cleaned_data["topics"],
                version,
                wording.wording_for(version),
            )
            subscriber.refresh_from_db()
            form, saved = None, True
        else:
            status = 400
    chosen = set(subscriber.topics.values_list("slug", flat=True))
    context = {
        "subscriber": subscriber,
        "signup": signup_form_context("preferences", form=form, chosen=chosen, name=subscriber.name),
        "saved": saved,
        "unsubscribe_url": links.unsubscribe_url(subscriber),
    }
    return _private(TemplateResponse(request, "newsletter/preferences.html", context, status=status))
