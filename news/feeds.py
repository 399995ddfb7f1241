"""RSS 2.0 (/news/feed/) and Atom (/news/feed/atom/) feeds of the latest news."""

import datetime

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from celcis_site.pages.feeds import IndexPageFeed

FEED_LENGTH = 20
AUTHOR = "CELCIS"


class LatestNewsRssFeed(IndexPageFeed):
    description = "News from CELCIS, the Centre for Excellence for Children's Care and Protection."
    author_name = AUTHOR

    def title(self):
        return f"{AUTHOR}: {self.index_page.title}"

    def items(self):
        return self.index_page.articles().prefetch_related("topics")[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.introduction

    def item_pubdate(self, article):
        # Publication day at midnight, London time: the date editors set is what readers see.
        midnight = datetime.datetime.combine(article.publication_date, datetime.time.min)
        return timezone.make_aware(midnight)

    def item_updateddate(self, article):
        return article.last_published_at or self.item_pubdate(article)

    def item_author_name(self, article):
        return AUTHOR

    def item_categories(self, article):
        return [topic.name for topic in article.topics.all()]


class LatestNewsAtomFeed(LatestNewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description
