"""RSS 2.0 (/knowledge-bank/feed/) and Atom (/knowledge-bank/feed/atom/) feeds of the newest resources."""

import datetime

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from celcis_site.pages.feeds import IndexPageFeed

FEED_LENGTH = 20
AUTHOR = "CELCIS"


class LatestResourcesRssFeed(IndexPageFeed):
    description = (
        "New publications in the CELCIS Knowledge Bank: reports, briefings, journal papers and more."
    )
    author_name = AUTHOR

    def title(self):
        return f"{AUTHOR}: {self.index_page.title}"

    def items(self):
        return self.index_page.resources().prefetch_related("topics")[:FEED_LENGTH]

    def item_title(self, resource):
        return f"{resource.title} ({resource.resource_type.name}, {resource.published_year})"

    def item_description(self, resource):
        return resource.summary

    def item_pubdate(self, resource):
        # The day published at midnight, London time; a year alone is 1 January of it.
        return timezone.make_aware(datetime.datetime.combine(resource.sort_date, datetime.time.min))

    def item_updateddate(self, resource):
        return resource.last_published_at or self.item_pubdate(resource)

    def item_author_name(self, resource):
        return AUTHOR

    def item_categories(self, resource):
        return [resource.resource_type.name, *(topic.name for topic in resource.topics.all())]


class LatestResourcesAtomFeed(LatestResourcesRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description
