"""Admin wiring: the "Event bookings" report, each event's bookings pages, and a Bookings button on events."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from . import admin_views
from .models import EventPage, Registration


class BookingsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_urls")
def register_booking_urls():
    return [
        path("event-bookings/", admin_views.events_with_bookings, name="events_with_bookings"),
        path("event-bookings/<int:event_id>/", admin_views.event_bookings, name="events_bookings"),
        path(
            "event-bookings/<int:event_id>/bookings.csv",
            admin_views.event_bookings_csv,
            name="events_bookings_csv",
        ),
        path(
            "event-bookings/<int:event_id>/email/", admin_views.email_attendees, name="events_email_attendees"
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_bookings_menu_item():
    return BookingsMenuItem("Event bookings", reverse("events_with_bookings"), icon_name="date", order=960)


@hooks.register("register_page_header_buttons")
def bookings_button(page, user, view_name, next_url=None):
    specific = page.specific_deferred if hasattr(page, "specific_deferred") else page
    on_site = isinstance(specific, EventPage) and specific.registration == Registration.ON_SITE
    if on_site and user.has_perm(admin_views.PERMISSION):
        yield Button("Bookings", reverse("events_bookings", args=[page.pk]), icon_name="date", priority=25)
