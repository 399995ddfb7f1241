"""Every events URL answers through the site's URLs: index, past, event pages, feeds and legacy addresses."""

import datetime

import feedparser
import pytest
from django.utils import timezone

from events.models import EventFormat, EventSpeaker, EventStatus
from tests.events.factories import EventPageFactory, days_from_now
from tests.news.factories import TopicFactory


def event(events_index, **fields):
    return EventPageFactory(parent=events_index, **fields)


@pytest.mark.django_db
def test_upcoming_events_are_listed_soonest_first(client, events_index):
    later = event(events_index, title="Later event", start=days_from_now(20))
    sooner = event(events_index, title="Sooner event", start=days_from_now(3))
    event(events_index, title="Finished event", start=days_from_now(-3))

    html = client.get("/events/").content.decode()

    assert html.index(sooner.title) < html.index(later.title)
    assert "Finished event" not in html


@pytest.mark.django_db
def test_an_event_stays_listed_until_it_ends(client, events_index):
    now = timezone.now()
    event(
        events_index,
        title="Under way now",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    )

    assert "Under way now" in client.get("/events/").content.decode()
    assert "Under way now" not in client.get("/events/past/").content.decode()


@pytest.mark.django_db
def test_filters_by_format_topic_and_month_combine(client, events_index):
    topic = TopicFactory(name="Kinship care", slug="kinship-care")
    in_two_months = days_from_now(62)
    match = event(
        events_index, title="Matching webinar", event_format=EventFormat.ONLINE, start=in_two_months
    )
    match.topics.add(topic)
    match.save_revision().publish()
    event(events_index, title="Wrong format", event_format=EventFormat.IN_PERSON, start=in_two_months)
    event(events_index, title="Wrong month", event_format=EventFormat.ONLINE, start=days_from_now(2))
    month = timezone.localtime(in_two_months).strftime("%Y-%m")

    response = client.get(f"/events/?format=online&topic=kinship-care&month={month}")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Matching webinar" in html
    assert "Wrong format" not in html
    assert "Wrong month" not in html
    assert "Remove topic: Kinship care" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["format=teleport", "topic=no-such-topic", "month=2026-13", "month=soon", "page=x&format=%00"]
)
def test_bad_filter_values_get_a_clear_400_never_a_500(client, events_index, query):
    event(events_index)

    response = client.get(f"/events/?{query}")

    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert "There is a problem" in response.content.decode()


@pytest.mark.django_db
def test_past_events_newest_first_marking_recordings(client, events_index):
    older = event(events_index, title="Older webinar", start=days_from_now(-60))
    recorded = event(
        events_index,
        title="Recorded webinar",
        start=days_from_now(-5),
        recording=[
            {"type": "video", "value": {"embed": "https://www.youtube.com/watch?v=x", "title": "Recording"}}
        ],
    )

    html = client.get("/events/past/").content.decode()

    assert html.index(recorded.title) < html.index(older.title)
    assert html.count("Recording available") == 1


@pytest.mark.django_db
def test_event_page_shows_the_time_in_london_with_the_day(client, events_index):
    start = datetime.datetime(2027, 3, 2, 10, 0, tzinfo=datetime.UTC)
    page = event(events_index, slug="march-webinar", start=start, end=start + datetime.timedelta(minutes=90))

    html = client.get(page.url).content.decode()

    assert "Tuesday 2 March 2027, 10:00 to 11:30 GMT" in html


@pytest.mark.django_db
def test_cancelled_event_says_so_at_the_top_and_in_the_feed(client, events_index):
    page = event(
        events_index,
        title="Network meeting",
        status=EventStatus.CANCELLED,
        status_message="Cancelled because of the strike; a new date will follow.",
    )

    html = client.get(page.url).content.decode()
    feed = feedparser.parse(client.get("/events/feed/").content)

    assert html.index("Cancelled because of the strike") < html.index("<h1>")
    assert feed.entries[0].title == "Cancelled: Network meeting"
    assert "Cancelled because of the strike" in feed.entries[0].summary


@pytest.mark.django_db
def test_in_person_venue_has_a_plain_map_link(client, events_index):
    page = event(
        events_index,
        event_format=EventFormat.IN_PERSON,
        venue_name="Curran Building",
        venue_address="94 Cathedral Street\nGlasgow\nG4 0LG",
    )

    html = client.get(page.url).content.decode()

    assert (
        'href="https://www.openstreetmap.org/search?query=94+Cathedral+Street%2C+Glasgow%2C+G4+0LG"' in html
    )
    assert "<iframe" not in html


@pytest.mark.django_db
def test_rss_feed_lists_new_events(client, events_index):
    event(events_index, title="A new lecture")

    response = client.get("/events/feed/")

    assert response.status_code == 200
    assert [entry.title for entry in feedparser.parse(response.content).entries] == ["A new lecture"]


@pytest.mark.django_db
@pytest.mark.parametrize("old_section", ["events-pages", "celcis-webinar-recordings"])
def test_legacy_addresses_answer_301_to_the_event(client, events_index, old_section):
    page = event(events_index, slug="trauma-informed-practice", legacy_slug="old-trauma-webinar")

    by_slug = client.get(f"/learn-with-us/{old_section}/trauma-informed-practice/")
    by_old_slug = client.get(f"/learn-with-us/{old_section}/old-trauma-webinar/")

    assert by_slug.status_code == by_old_slug.status_code == 301
    assert by_slug["Location"] == by_old_slug["Location"] == page.url
    assert client.get(f"/learn-with-us/{old_section}/no-such-event/").status_code == 404


@pytest.mark.django_db
def test_event_json_ld_describes_the_event(client, events_index):
    import json

    from bs4 import BeautifulSoup

    page = event(
        events_index,
        event_format=EventFormat.HYBRID,
        venue_name="TIC",
        venue_address="Glasgow",
        platform="Microsoft Teams",
        status=EventStatus.POSTPONED,
    )
    EventSpeaker.objects.create(event=page, name="Dr Ada Lovelace", role="Speaker")

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    data = json.loads(soup.find("script", type="application/ld+json").string)

    assert data["@type"] == "Event"
    assert data["eventStatus"] == "https://schema.org/EventPostponed"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {place["@type"] for place in data["location"]} == {"Place", "VirtualLocation"}
    assert data["offers"]["price"] == "0"
    assert data["organizer"]["name"] == "CELCIS"
    assert data["performer"] == [{"@type": "Person", "name": "Dr Ada Lovelace", "jobTitle": "Speaker"}]


@pytest.mark.django_db
def test_home_page_shows_the_next_three_events(client, events_index):
    for days in (30, 2, 9, 5):
        event(events_index, title=f"In {days} days", start=days_from_now(days))

    html = client.get("/").content.decode()

    assert "In 2 days" in html
    assert "In 5 days" in html
    assert "In 9 days" in html
    assert "In 30 days" not in html


@pytest.mark.django_db
def test_a_speaker_from_people_links_to_their_page_and_others_are_named(client, home, events_index):
    from tests.people.factories import PeopleIndexPageFactory, PersonPageFactory

    person = PersonPageFactory(
        parent=PeopleIndexPageFactory(parent=home), title="Morag Lindsay", role="Director"
    )
    page = event(events_index)
    EventSpeaker.objects.create(event=page, person=person, sort_order=0)
    EventSpeaker.objects.create(
        event=page, name="Kate Steele", organisation="University of Glasgow", sort_order=1
    )

    html = client.get(page.url).content.decode()

    assert f'<a href="{person.url}">Morag Lindsay</a></strong>, Director' in html
    assert "<strong>Kate Steele</strong>, University of Glasgow" in html
    assert html.index("Morag Lindsay") < html.index("Kate Steele")


@pytest.mark.django_db
def test_a_restricted_event_is_in_no_listing_feed_or_calendar(client, events_index):
    from wagtail.models import PageViewRestriction

    secret = event(events_index, title="Staff-only briefing", slug="staff-only-briefing")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)

    assert "Staff-only briefing" not in client.get("/events/").content.decode()
    assert "Staff-only briefing" not in client.get("/events/feed/").content.decode()
    assert b"Staff-only briefing" not in client.get("/events/calendar.ics").content
    assert client.get("/events/staff-only-briefing/event.ics").status_code == 404


@pytest.mark.django_db
def test_a_related_page_no_longer_published_is_not_linked(client, events_index, news_index):
    from tests.news.factories import NewsArticlePageFactory

    kept = NewsArticlePageFactory(parent=news_index, title="Kept article")
    withdrawn = NewsArticlePageFactory(parent=news_index, title="Withdrawn article")
    page = event(
        events_index, related=[{"type": "page", "value": kept.pk}, {"type": "page", "value": withdrawn.pk}]
    )
    withdrawn.unpublish()

    html = client.get(page.url).content.decode()

    assert "Kept article" in html
    assert "Withdrawn article" not in html
