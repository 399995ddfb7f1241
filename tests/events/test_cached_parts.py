"""An event page's cached parts: an edit shows at once, the booking stays live.

Each page is visited with a new query string every time, so the page cache
never answers and what would be stale is the cached part itself. An event with
booking open is never page-cached: its count of places and its form (with the
visitor's CSRF token) are rendered for each request, outside the shared parts.
"""

import datetime

import pytest
import time_machine
from django.test import Client

from events.models import EventSpeaker
from news.models import Topic
from tests.events.factories import BookableEventFactory, BookingFactory, EventPageFactory
from tests.events.test_reminders_and_pruning import START, run_scheduler_round
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


def listing(client, url="/events/"):
    page = visit(client, url)
    cards = page.select_one(".card-list")
    return {
        "count": page.select_one(".result-count").get_text() if cards else "",
        "cards": cards.get_text(" ") if cards else "",
        "topics": page.select_one("select[name=topic]").get_text(" "),
    }


def test_the_events_index_shows_an_edit_at_once_in_its_topics_count_and_cards(client, lecture, events_index):
    listing(client)
    before = listing(client)
    assert "Annual lecture" in before["cards"]

    topic = Topic.objects.get(slug="kinship-care")
    topic.name = "Kinship"
    topic.save()
    assert "Kinship" in listing(client)["topics"].split()

    lecture.title = "Annual lecture 2027"
    publish(lecture)
    assert "Annual lecture 2027" in listing(client)["cards"]

    publish(BookableEventFactory(parent=events_index, title="Spring webinar"))
    after = listing(client)
    assert "Spring webinar" in after["cards"]
    assert after["count"] != before["count"]
    assert "Spring webinar" in listing(client, "/events/?topic=")["cards"]


def test_an_ended_event_leaves_the_cached_cards_at_the_first_scheduler_round_after_it_ends(
    client, events_index
):
    with time_machine.travel(START - datetime.timedelta(days=1), tick=False):
        EventPageFactory(
            parent=events_index, title="Ending soon", start=START, end=START + datetime.timedelta(hours=1)
        )
    with time_machine.travel(START + datetime.timedelta(minutes=30), tick=False):
        run_scheduler_round()
        listing(client)
        assert "Ending soon" in listing(client)["cards"]
    with time_machine.travel(START + datetime.timedelta(minutes=70), tick=False):
        run_scheduler_round()
        assert "Ending soon" not in listing(client)["cards"]
