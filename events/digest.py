"""The events' part of the mailing list's weekly digest: events first published in a period, not yet over.

Named in EventsConfig.newsletter_digest_sources; the shape of an item is newsletter/digest.py's.
"""

from .models import EventPage


def new_events(since, until):
    events = (
        EventPage.objects.visible()
        .filter(first_published_at__gt=since, first_published_at__lte=until, end__gt=until)
        .prefetch_related("topics")
        .order_by("start", "pk")
    )
    return [
        {
            "title": f"{event.title} ({event.when})",
            "url": event.get_full_url(),
            "summary": event.summary,
            "topic_ids": {topic.pk for topic in event.topics.all()},
        }
        for event in events
    ]
