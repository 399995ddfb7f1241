"""Event URLs outside the page tree: calendar files (their names have dots) and the old site's addresses.

- /events/calendar.ics and /events/<slug>/event.ics;
- /learn-with-us/events-pages/<slug>/ and /learn-with-us/celcis-webinar-recordings/<slug>/: 301 to the event.
"""

from django.http import Http404

from celcis_site.pages.visibility import visible

from .models import EventIndexPage


def _events_index():
    index_page = visible(EventIndexPage.objects.all()).first()
    if index_page is None:
        raise Http404("There are no events.")
    return index_page


def calendar_feed(request):
    return _events_index().calendar_feed(request)


def event_calendar(request, slug):
    event = visible(_events_index().events()).filter(slug=slug).first()
    if event is None:
        raise Http404("No event has that address.")
    return event.calendar_file(request)


def legacy_event(request, slug):
    """301 to the event that had this address, looked up by its slug or the old slug it stores."""
    return _events_index().legacy_redirect(request, slug)
