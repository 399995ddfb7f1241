"""When an event happens, as people read it: in UK time, with the day and the zone.

Times are stored aware (UTC in the database) and always shown in Europe/London,
e.g. "Tuesday 3 March 2026, 10:00 to 11:30 GMT"; an event over several days
names both days, and the zone is named on both ends when the clocks change
in between.
"""

from zoneinfo import ZoneInfo

from django.utils import dateformat

LONDON = ZoneInfo("Europe/London")


def in_london(moment):
    return moment.astimezone(LONDON)


def _day(moment):
    return dateformat.format(moment, "l j F Y")


def describe_when(start, end):
    """'Tuesday 3 March 2026, 10:00 to 11:30 GMT', or a range over days read naturally."""
    start, end = in_london(start), in_london(end)
    start_zone, end_zone = start.tzname(), end.tzname()
    start_time = f"{start:%H:%M}" if start_zone == end_zone else f"{start:%H:%M} {start_zone}"
    if start.date() == end.date():
        return f"{_day(start)}, {start_time} to {end:%H:%M} {end_zone}"
    return f"{_day(start)}, {start_time} to {_day(end)}, {end:%H:%M} {end_zone}"


def describe_day(start):
    """'Tuesday 3 March 2026': the day in UK time, for listings."""
    return _day(in_london(start))
