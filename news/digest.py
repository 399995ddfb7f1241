"""The news's part of the mailing list's weekly digest: articles first published in a period.

Named in NewsConfig.newsletter_digest_sources; the shape of an item is newsletter/digest.py's.
"""

from celcis_site.pages.visibility import visible

from .models import NewsArticlePage


def new_articles(since, until):
    articles = (
        visible(NewsArticlePage.objects.all())
        .filter(first_published_at__gt=since, first_published_at__lte=until)
        .defer_streamfields()
        .prefetch_related("topics")
        .order_by("first_published_at", "pk")
    )
    return [
        {
            "title": article.title,
            "url": article.get_full_url(),
            "summary": article.introduction,
            "topic_ids": {topic.pk for topic in article.topics.all()},
        }
        for article in articles
    ]
