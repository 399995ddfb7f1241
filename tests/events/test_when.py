"""How an event's time reads: UK time with day and zone; ranges over days and clock changes read naturally."""

import datetime

import pytest

from events.when import describe_when

UTC = datetime.UTC


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ((2026, 3, 3, 10, 0), (2026, 3, 3, 11, 30), "Tuesday 3 March 2026, 10:00 to 11:30 GMT"),
        ((2026, 6, 9, 9, 0), (2026, 6, 9, 10, 0), "Tuesday 9 June 2026, 10:00 to 11:00 BST"),
        (
            (2026, 5, 12, 8, 30),
            (2026, 5, 13, 15, 0),
            "Tuesday 12 May 2026, 09:30 to Wednesday 13 May 2026, 16:00 BST",
        ),
        (
            (2026, 3, 27, 10, 0),
            (2026, 3, 29, 15, 0),
            "Friday 27 March 2026, 10:00 GMT to Sunday 29 March 2026, 16:00 BST",
        ),
    ],
)
def test_times_read_in_uk_time_with_the_day(start, end, expected):
    assert (
        describe_when(datetime.datetime(*start, tzinfo=UTC), datetime.datetime(*end, tzinfo=UTC)) == expected
    )
