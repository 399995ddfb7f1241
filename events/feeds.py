"""RSS 2.0 feed of new events (/events/feed/): the latest published first, with any change of status."""

from django.contrib.syndication.views import Feed

FEED_LENGTH = 20


class NewEventsFeed(Feed):
    description = "New events, webinars and lectures from CELCIS."

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"CELCIS: {self.index_page.title}"

    def link(self):
        return self.index_page.get_url(self.request)

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

    def item_link(self, event):
        return event.get_url(self.request)

    def item_pubdate(self, event):
        return event.first_published_at

    def item_updateddate(self, event):
        return event.last_published_at
