"""The fixed choices an event page offers editors: its format, its status and how to register.

Kept apart from the page model so the calendar, the filters and the e-mails can name them
without importing the models (which import the booking views for the page's routes).
"""

from django.db import models


class EventFormat(models.TextChoices):
    ONLINE = "online", "Online"
    IN_PERSON = "in-person", "In person"
    HYBRID = "hybrid", "Hybrid (in person and online)"


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Going ahead as planned"
    CANCELLED = "cancelled", "Cancelled"
    POSTPONED = "postponed", "Postponed"
    MOVED_ONLINE = "moved-online", "Moved online"


class Registration(models.TextChoices):
    NONE = "none", "No registration needed"
    EXTERNAL = "external", "On another website"
    ON_SITE = "on-site", "Book on this website"
