"""RSS 2.0 (/news/feed/) and Atom (/news/feed/atom/) feeds of the latest news."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

FEED_LENGTH = 20
AUTHOR = "CELCIS"


class LatestNewsRssFeed(Feed):
    description = "News from CELCIS, the Centre for Excellence for Children's Care and Protection."
    author_name = AUTHOR

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{AUTHOR}: {self.index_page.title}"

    def link(self):
        return self.index_page.get_url(self.request)

    def items(self):
        return self.index_page.articles().prefetch_related("topics")[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.introduction

    def item_link(self, article):
        return article.get_url(self.request)

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
