"""RSS 2.0 feed of new events (/events/feed/): the latest published first, with any change of status."""

from celcis_site.pages.feeds import IndexPageFeed

FEED_LENGTH = 20


class NewEventsFeed(IndexPageFeed):
    description = "New events, webinars and lectures from CELCIS."

    def title(self):
        return f"CELCIS: {self.index_page.title}"

    def items(self):
        return self.index_page.events().visible().order_by("-first_published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, event):
        if event.shows_status:
            return f"{event.get_status_display()}: {event.title}"
        return event.title

    def item_description(self, event):
        parts = [event.when, event.summary]
        if event.shows_status:
            parts.insert(0, f"{event.get_status_display()}. {event.status_message}".strip())
        return "\n\n".join(parts)

    def item_pubdate(self, event):
        return event.first_published_at

    def item_updateddate(self, event):
        return event.last_published_at
