"""An event page's cached parts: an edit shows at once, the booking stays live.

Each page is visited with a new query string every time, so the page cache
never answers and what would be stale is the cached part itself. An event with
booking open is never page-cached: its count of places and its form (with the
visitor's CSRF token) are rendered for each request, outside the shared parts.
"""

import pytest
from django.test import Client

from events.models import EventSpeaker
from news.models import Topic
from tests.events.factories import BookableEventFactory, BookingFactory
from tests.news.factories import TopicFactory
from tests.people.factories import PeopleIndexPageFactory, PersonPageFactory
from tests.people.test_cached_parts import publish, visit


@pytest.fixture
def lecture(events_index, home):
    event = BookableEventFactory(
        parent=events_index, title="Annual lecture", slug="annual-lecture", capacity=5
    )
    event.topics.add(TopicFactory(name="Kinship care", slug="kinship-care"))
    speaker = PersonPageFactory(parent=PeopleIndexPageFactory(parent=home), title="Ewan Fraser")
    EventSpeaker.objects.create(event=event, person=speaker, sort_order=0)
    return publish(event)


def test_an_event_page_shows_a_renamed_speaker_and_topic_at_once(client, lecture):
    url = "/events/annual-lecture/"
    visit(client, url)
    visit(client, url)

    speaker = lecture.speakers.get().person
    speaker.title = "Professor Ewan Fraser"
    publish(speaker)
    page = visit(client, url)
    assert "Professor Ewan Fraser" in page.select_one(".event-speakers").get_text()
    assert "Professor Ewan Fraser" in page.find("script", type="application/ld+json").string

    topic = Topic.objects.get(slug="kinship-care")
    topic.name = "Kinship"
    topic.save()
    assert "Kinship" in visit(client, url).select_one(".topic-list").get_text()


def test_places_left_and_the_form_are_each_visitors_own(client, lecture):
    url = "/events/annual-lecture/"
    assert "5 places left" in visit(client, url).select_one(".booking__places").get_text()

    BookingFactory(event=lecture)  # no edit of the page: nothing is cleared
    assert "4 places left" in visit(client, url).select_one(".booking__places").get_text()

    other = Client(enforce_csrf_checks=True)
    mine = visit(client, url).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    theirs = visit(other, url).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    assert mine != theirs
