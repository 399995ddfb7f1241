"""Bookings in the Wagtail admin: every event's counts, one event's bookings, CSV export, e-mail to attendees.

Only users with "Can view bookings" (events.view_bookings: moderators, site
administrators, superusers) get in; everyone else gets a 403. Access needs
are shown here and in the export, never on the public site.
"""

import csv

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from celcis_site.security.csv_cells import neutralise_row

from .booking import places_left
from .emails import send_to_attendees
from .models import Booking, BookingStatus, EventPage, Registration

PERMISSION = "events.view_bookings"
CSV_COLUMNS = [
    "Name",
    "Email",
    "Organisation",
    "Role",
    "Access needs",
    "Agreed to contact",
    "Status",
    "Booked at",
]


def _require_permission(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def _counts():
    return {status: Count("bookings", filter=Q(bookings__status=status)) for status in BookingStatus.values}


def events_with_bookings(request):
    _require_permission(request)
    events = (
        EventPage.objects.filter(registration=Registration.ON_SITE).annotate(**_counts()).order_by("-start")
    )
    rows = [(event, max(0, (event.capacity or 0) - event.confirmed)) for event in events]
    return render(request, "events/admin/events_with_bookings.html", {"rows": rows})


def event_bookings(request, event_id):
    _require_permission(request)
    event = get_object_or_404(EventPage, pk=event_id)
    bookings = list(event.bookings.all())
    sections = [
        (label, [b for b in bookings if b.status == status]) for status, label in BookingStatus.choices
    ]
    return render(
        request,
        "events/admin/event_bookings.html",
        {"event": event, "sections": sections, "places_left": places_left(event)},
    )


def event_bookings_csv(request, event_id):
    _require_permission(request)
    event = get_object_or_404(EventPage, pk=event_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="bookings-{event.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for booking in event.bookings.order_by("status", "created_at", "pk"):
        row = [
            booking.name,
            booking.email,
            booking.organisation,
            booking.role,
            booking.access_needs,
            "yes" if booking.consent_to_contact else "no",
            booking.get_status_display(),
            booking.created_at.isoformat(),
        ]
        writer.writerow(neutralise_row(row))
    return response


class AttendeeMessageForm(forms.Form):
    subject = forms.CharField(max_length=200, help_text="The e-mail's subject line.")
    message = forms.CharField(
        widget=forms.Textarea, max_length=10000, help_text="Plain text; sent to each one."
    )


def email_attendees(request, event_id):
    _require_permission(request)
    event = get_object_or_404(EventPage, pk=event_id)
    form = AttendeeMessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        sent = send_to_attendees(event, form.cleaned_data["subject"], form.cleaned_data["message"])
        messages.success(request, f"Sent to {sent} confirmed attendee{'s' if sent != 1 else ''}.")
        return redirect("events_bookings", event_id=event.pk)
    confirmed = Booking.objects.filter(event=event).confirmed().count()
    return render(
        request, "events/admin/email_attendees.html", {"event": event, "form": form, "confirmed": confirmed}
    )
