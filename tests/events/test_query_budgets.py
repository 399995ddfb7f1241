"""Query budgets: the events index and an event page cost at most 12 queries, however many events there are.

The demo site is loaded (header, footer, demo events); each page is warmed up
once, then measured with the full-page cache bypassed (tests/news' measure()).
"""

import pytest

from events.models import BookingStatus, EventIndexPage, EventPage
from tests.events.factories import BookingFactory, EventPageFactory
from tests.news.factories import TopicFactory
from tests.news.test_query_budgets import measure
from tests.people.test_cached_parts import measure_with_parts

EVENTS_INDEX_BUDGET = 12
EVENT_PAGE_BUDGET = 12
# Past the page cache with the parts kept (celcis_site/page_cache/parts.py): a new query string, another
# consent state, an event with booking open. Routing and the base template come from the caches; an
# event page reads its live count of places and the child below the index.
EVENTS_INDEX_WITH_PARTS_BUDGET = 0
EVENT_PAGE_WITH_PARTS_BUDGET = 2


@pytest.fixture
def demo_events(demo_content):
    return EventIndexPage.objects.get()


def add_events(index, count):
    topic = TopicFactory()
    for _ in range(count):
        event = EventPageFactory(parent=index)
        event.topics.add(topic)
        event.save_revision().publish()


def test_events_index_costs_the_same_for_few_or_many_events_and_stays_in_budget(
    demo_events, client, django_assert_max_num_queries, django_assert_num_queries
):
    few = measure(client, "/events/", django_assert_max_num_queries, EVENTS_INDEX_BUDGET)

    add_events(demo_events, 15)
    measure(client, "/events/", django_assert_num_queries, len(few))
    measure(
        client,
        "/events/?format=online&topic=care-experience",
        django_assert_max_num_queries,
        EVENTS_INDEX_BUDGET,
    )
    measure(client, "/events/past/", django_assert_max_num_queries, EVENTS_INDEX_BUDGET)


@pytest.mark.parametrize(
    "slug",
    ["residential-child-care-community-day", "celcis-annual-lecture", "trauma-informed-practice-webinar"],
)
def test_event_page_stays_in_budget(demo_events, client, django_assert_max_num_queries, slug):
    event = EventPage.objects.get(slug=slug)
    BookingFactory.create_batch(3, event=event)
    BookingFactory(event=event, status=BookingStatus.WAITING)

    measure(client, event.url, django_assert_max_num_queries, EVENT_PAGE_BUDGET)


def test_with_their_parts_kept_the_pages_read_only_the_live_count(
    demo_events, client, django_assert_max_num_queries
):
    add_events(demo_events, 3)
    measure_with_parts(client, "/events/", django_assert_max_num_queries, EVENTS_INDEX_WITH_PARTS_BUDGET)
    measure_with_parts(
        client, "/events/?format=online", django_assert_max_num_queries, EVENTS_INDEX_WITH_PARTS_BUDGET
    )
    event = EventPage.objects.get(slug="residential-child-care-community-day")
    measure_with_parts(client, event.url, django_assert_max_num_queries, EVENT_PAGE_WITH_PARTS_BUDGET)
