"""What the events index and the past-events page show for a request: filtered, paginated events.

The upcoming list's months, topics, counts and cards are kept as page parts
(celcis_site/page_cache/parts.py): they change only with an edit or when an event ends,
and both clear them.
"""

from django.core.paginator import Paginator

from celcis_site.page_cache.parts import lazy_page, page_fact
from news.models.topics import Topic

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
    def upcoming():
        return index_page.events().upcoming()

    months = page_fact(f"events-months:{index_page.pk}", lambda: months_with_events(upcoming()))
    topics = page_fact("events-topics", lambda: list(Topic.objects.values_list("slug", "name")))
    form = EventFilterForm(request.GET, months=months, topics=topics)
    status = 200
    if form.is_valid():
        key = f"{index_page.pk}:{form.state_key}"

        def events():
            return form.filter(upcoming())
    else:
        # A shared address with a value that names nothing: say so, list nothing, never a 500.
        status, key = 400, f"{index_page.pk}:none"

        def events():
            return upcoming().none()

    # The count and the page's cards are page facts and parts: the events are read only on a miss.
    count = page_fact(f"events-count:{key}", lambda: events().count())
    paginator = Paginator((), EVENTS_PER_PAGE)
    paginator.count = count

    def rows(number):
        reading = Paginator(events(), EVENTS_PER_PAGE)
        reading.count = count
        return reading.page(number).object_list

    page = lazy_page(paginator, request.GET.get("page"), rows)
    context = {
        "events": page,
        "filter_form": form,
        # What the cached filters and cards are for: the values as sent (the form shows them), the page.
        "filter_key": "|".join(form.data.get(name, "") for name in ("format", "topic", "month")),
        "cards_key": f"{key}:{page.number}",
    }
    return context, status


def past_listing_context(index_page, request):
    events = index_page.events().past()
    page = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return {"events": page}
