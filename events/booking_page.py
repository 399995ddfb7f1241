"""What an event page does with booking: the form and places left, taking a booking, a booking's own page.

The form, its honeypot and the per-visitor rate limit are the contact form's
(contacts/), reused. A booking is stored (booking.py), then its e-mail tried,
then the visitor is sent to their booking's page, whose signed address is
also in the e-mail: "Your place is confirmed" or "You are on the waiting
list", with a button to cancel.
"""

import logging

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from celcis_site.pages.form_builder import HONEYPOT_FIELD_NAME
from celcis_site.security.rate_limit import submission_rate_limit

from .booking import AlreadyBooked, BookingRefused, book_place, cancel_booking, closed_reason, places_left
from .booking_form import BookingForm
from .booking_links import booking_path, reference_from_token
from .emails import send_cancellation, send_confirmation, send_promotion
from .models import Booking, Registration

logger = logging.getLogger(__name__)


def booking_context(event, request, form=None):
    if event.registration != Registration.ON_SITE:
        return {}
    reason = closed_reason(event)
    if reason:
        return {"booking_closed_reason": reason}
    return {
        "booking_open": True,
        "places_left": places_left(event),
        "booking_form": form or BookingForm(page=event),
        "honeypot_field_name": HONEYPOT_FIELD_NAME,
    }


def _render_event(event, request, status=200, **extra):
    context = event.get_context(request, form=extra.pop("form", None))
    context.update(extra)
    response = TemplateResponse(request, event.get_template(request), context, status=status)
    if context.get("booking_open") or status != 200:
        # A form with a CSRF token and a live count of places: never for a shared cache.
        add_never_cache_headers(response)
    return response


def serve_event(event, request):
    return _render_event(event, request)


def serve_booking_form(event, request):
    if request.method != "POST":
        return HttpResponseRedirect(event.get_url(request))
    # Counted before anything is stored (celcis_site/security/throttle.py).
    rate_limit = submission_rate_limit(request)
    if not rate_limit.take():
        response = _render_event(
            event,
            request,
            status=429,
            booking_problem="You have sent several forms in a short time. "
            f"Please try again in {rate_limit.window_minutes} minutes.",
        )
        response["Retry-After"] = str(rate_limit.window_seconds)
        return response
    if request.POST.get(HONEYPOT_FIELD_NAME):
        logger.info("Event booking: the hidden field was filled in; nothing was stored.")
        return _render_event(event, request, status=400, booking_problem="Your booking could not be sent.")
    form = BookingForm(request.POST, page=event)
    if not form.is_valid():
        rate_limit.give_back()
        return _render_event(event, request, status=400, form=form)
    try:
        booking = book_place(event.pk, **form.cleaned_data)
    except AlreadyBooked:
        return _render_event(
            event,
            request,
            status=409,
            booking_problem="You have already booked for this event with that email address, so we have not "
            "booked again. Your confirmation email has a link to see or cancel your booking.",
        )
    except BookingRefused as refusal:
        return _render_event(event, request, status=409, booking_problem=str(refusal))
    booking.event = event
    send_confirmation(booking)
    return HttpResponseRedirect(booking_path(event.get_url(request), booking), status=303)


def serve_booking(event, request, token):
    reference = reference_from_token(token)
    booking = Booking.objects.filter(reference=reference, event=event).first() if reference else None
    if booking is None:
        raise Http404("This booking link is not valid.")
    if request.method == "POST":
        cancellation = cancel_booking(booking.reference)
        if cancellation.booking.status != booking.status:
            cancellation.booking.event = event
            send_cancellation(cancellation.booking)
        if cancellation.promoted is not None:
            cancellation.promoted.event = event
            send_promotion(cancellation.promoted)
        return HttpResponseRedirect(request.path, status=303)
    context = event.get_context(request)
    context.update({"booking": booking, "booking_status_url": request.path})
    response = TemplateResponse(request, "events/booking_page.html", context)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response
