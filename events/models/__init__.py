"""Events: the index, event pages with their speakers, and bookings."""

from ..choices import EventFormat, EventStatus, Registration
from .bookings import Booking, BookingStatus
from .event_page import EventPage
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
