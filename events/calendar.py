"""Events as iCalendar (RFC 5545), with the icalendar library: one event's file and the feed.

Each event has a UID that never changes (its page id and the site's domain),
its times in the Europe/London zone with the VTIMEZONE that defines it, a
SEQUENCE raised whenever the time or status changes, and STATUS:CANCELLED
once it is cancelled, so a calendar that imported it updates it in place.
"""

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from .choices import EventStatus
from .when import in_london

PRODUCT_ID = "-//CELCIS//Events//EN"
ICS_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def event_uid(event):
    return f"event-{event.pk}@celcis.org.uk"


def _location(event):
    if event.is_in_person:
        return ", ".join(
            part for part in [event.venue_name, *event.venue_address.splitlines()] if part.strip()
        )
    return event.platform or "Online"


def _description(event, url):
    lines = []
    if event.shows_status:
        lines.append(f"{event.get_status_display()}. {event.status_message}".strip())
    lines += [event.summary, url]
    return "\n\n".join(line for line in lines if line)


def event_component(event, request=None):
    url = event.get_full_url(request)
    component = Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", timezone.now())
    component.add("sequence", event.sequence)
    component.add(
        "summary", f"{event.title} ({event.get_status_display()})" if event.shows_status else event.title
    )
    component.add("dtstart", in_london(event.start))
    component.add("dtend", in_london(event.end))
    component.add("status", ICS_STATUS[event.status])
    component.add("location", _location(event))
    component.add("description", _description(event, url))
    component.add("url", url)
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    return component


def build_calendar(events, request=None, name=None):
    """The events as the bytes of a .ics file."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", "Europe/London")
    for event in events:
        calendar.add_component(event_component(event, request))
    # One VTIMEZONE for Europe/London, with the rules for the years the events span.
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_response(events, request, filename, name=None):
    response = HttpResponse(
        build_calendar(events, request, name=name), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
