"""Query budgets: the events index and an event page cost at most 12 queries, however many events there are.

The demo site is loaded (header, footer, demo events); each page is warmed up
once, then measured with the full-page cache bypassed (tests/news' measure()).
"""

import pytest

from events.models import BookingStatus, EventIndexPage, EventPage
from tests.events.factories import BookingFactory, EventPageFactory
from tests.news.factories import TopicFactory
from tests.news.test_query_budgets import measure

EVENTS_INDEX_BUDGET = 12
EVENT_PAGE_BUDGET = 12


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
