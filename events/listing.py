"""What the events index and the past-events page show for a request: filtered, paginated events."""

from django.core.paginator import Paginator

from .filters import EventFilterForm
from .when import in_london

EVENTS_PER_PAGE = 20


def months_with_events(events):
    """The first day of each month in which an upcoming event starts (UK time), in order."""
    months = {
        in_london(start).date().replace(day=1) for start in events.values_list("start", flat=True)[:500]
    }
    return sorted(months)


def upcoming_listing_context(index_page, request):
    upcoming = index_page.events().upcoming()
    form = EventFilterForm(request.GET, months=months_with_events(upcoming))
    status = 200
    if form.is_valid():
        events = form.filter(upcoming)
    else:
        # A shared address with a value that names nothing: say so, list nothing, never a 500.
        events, status = upcoming.none(), 400
    page = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return {"events": page, "filter_form": form}, status


def past_listing_context(index_page, request):
    events = index_page.events().past()
    page = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return {"events": page}
