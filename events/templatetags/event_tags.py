"""schema.org Event JSON-LD for an event page: status, attendance mode, place, offers, organiser, speakers."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from celcis_site.pages.templatetags.seo_tags import _JSON_SCRIPT_ESCAPES

from ..models import EventFormat, EventStatus

register = template.Library()

SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.MOVED_ONLINE: "https://schema.org/EventMovedOnline",
}
SCHEMA_ATTENDANCE = {
    EventFormat.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    EventFormat.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    EventFormat.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def _person(speaker):
    person = {"@type": "Person", "name": speaker.display_name}
    if speaker.display_role:
        person["jobTitle"] = speaker.display_role
    return person


def event_schema(event, url, speakers):
    locations = []
    if event.is_in_person:
        locations.append({"@type": "Place", "name": event.venue_name, "address": event.venue_address})
    if event.is_online:
        locations.append({"@type": "VirtualLocation", "url": url, "name": event.platform or "Online"})
    attendance = SCHEMA_ATTENDANCE[event.event_format]
    if event.status == EventStatus.MOVED_ONLINE:
        attendance = SCHEMA_ATTENDANCE[EventFormat.ONLINE]
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": event.start.isoformat(),
        "endDate": event.end.isoformat(),
        "eventStatus": SCHEMA_STATUS[event.status],
        "eventAttendanceMode": attendance,
        "location": locations[0] if len(locations) == 1 else locations,
        "url": url,
        "offers": {
            "@type": "Offer",
            "price": str(event.price or 0),
            "priceCurrency": "GBP",
            "url": url,
            "availability": "https://schema.org/InStock",
        },
        "organizer": {"@type": "Organization", "name": "CELCIS", "url": url.split("/events/")[0] + "/"},
        "performer": [_person(speaker) for speaker in speakers],
    }


@register.simple_tag(takes_context=True)
def event_json_ld(context, event):
    url = event.get_full_url(context["request"])
    data = event_schema(event, url, context.get("speaker_list", []))
    payload = json.dumps(data).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
