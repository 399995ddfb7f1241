"""Events: the index, event pages with their speakers, and bookings."""

from .bookings import Booking, BookingStatus
from .event_page import EventFormat, EventPage, EventStatus, Registration
from .index_page import EventIndexPage
from .speakers import EventSpeaker

__all__ = [
    "Booking",
    "BookingStatus",
    "EventFormat",
    "EventIndexPage",
    "EventPage",
    "EventSpeaker",
    "EventStatus",
    "Registration",
]
