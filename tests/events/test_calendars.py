"""Calendar files parse back with icalendar and carry the right times on both sides of the clock changes.

In 2027 the UK clocks go forward on Sunday 28 March and back on Sunday 31 October.
"""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from events.models import EventStatus
from tests.events.factories import EventPageFactory

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def london(*args):
    return datetime.datetime(*args, tzinfo=LONDON)


# (start in UK time, UTC hour of that start, zone name shown)
CLOCK_CHANGE_CASES = [
    (london(2027, 3, 27, 10, 0), 10, "GMT"),  # the day before the clocks go forward
    (london(2027, 3, 29, 10, 0), 9, "BST"),  # the day after
    (london(2027, 10, 30, 10, 0), 9, "BST"),  # the day before the clocks go back
    (london(2027, 11, 1, 10, 0), 10, "GMT"),  # the day after
]


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


@pytest.mark.parametrize(("start", "utc_hour", "zone"), CLOCK_CHANGE_CASES)
def test_event_ics_keeps_uk_time_across_clock_changes(
    client, events_index, start, utc_hour, zone, time_machine
):
    time_machine.move_to(datetime.datetime(2027, 1, 5, tzinfo=datetime.UTC))
    event = EventPageFactory(
        parent=events_index, slug="webinar", start=start, end=start + datetime.timedelta(hours=1)
    )

    calendar = parse(client.get("/events/webinar/event.ics"))
    [vevent] = calendar.walk("VEVENT")

    assert vevent.decoded("DTSTART") == start
    assert vevent.decoded("DTSTART").astimezone(datetime.UTC).hour == utc_hour
    assert vevent["DTSTART"].params["TZID"] == "Europe/London"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    assert f"10:00 to 11:00 {zone}" in client.get(event.url).content.decode()


def test_calendar_feed_lists_every_upcoming_event_with_its_time(client, events_index, time_machine):
    time_machine.move_to(datetime.datetime(2027, 1, 5, tzinfo=datetime.UTC))
    for number, (start, _, _) in enumerate(CLOCK_CHANGE_CASES):
        EventPageFactory(
            parent=events_index, slug=f"event-{number}", start=start, end=start + datetime.timedelta(hours=1)
        )
    EventPageFactory(
        parent=events_index, slug="over", start=london(2026, 12, 1, 10), end=london(2026, 12, 1, 11)
    )

    calendar = parse(client.get("/events/calendar.ics"))

    starts = sorted(vevent.decoded("DTSTART") for vevent in calendar.walk("VEVENT"))
    assert starts == [start for start, _, _ in CLOCK_CHANGE_CASES]
    assert len({str(vevent["UID"]) for vevent in calendar.walk("VEVENT")}) == 4


def test_uid_is_stable_and_sequence_rises_when_the_time_changes(client, events_index):
    event = EventPageFactory(parent=events_index, slug="lecture")
    first = parse(client.get("/events/lecture/event.ics")).walk("VEVENT")[0]

    event.summary = "A new summary"
    event.save_revision().publish()
    unchanged_time = parse(client.get("/events/lecture/event.ics")).walk("VEVENT")[0]
    event.start += datetime.timedelta(days=1)
    event.end += datetime.timedelta(days=1)
    event.save_revision().publish()
    moved = parse(client.get("/events/lecture/event.ics")).walk("VEVENT")[0]

    assert first["UID"] == unchanged_time["UID"] == moved["UID"]
    assert (first["SEQUENCE"], unchanged_time["SEQUENCE"], moved["SEQUENCE"]) == (0, 0, 1)


def test_cancelled_event_is_status_cancelled_with_a_higher_sequence(client, events_index):
    event = EventPageFactory(parent=events_index, slug="meeting")
    event.status = EventStatus.CANCELLED
    event.status_message = "Cancelled: the venue is closed."
    event.save_revision().publish()

    [vevent] = parse(client.get("/events/meeting/event.ics")).walk("VEVENT")

    assert vevent["STATUS"] == "CANCELLED"
    assert vevent["SEQUENCE"] == 1
    assert "the venue is closed" in vevent["DESCRIPTION"]
