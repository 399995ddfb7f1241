"""The Knowledge Bank's part of the mailing list's weekly digest: resources first published in a period.

Named in KnowledgeBankConfig.newsletter_digest_sources; the shape of an item is newsletter/digest.py's.
"""

from .models import ResourcePage


def new_resources(since, until):
    resources = (
        ResourcePage.objects.listed()
        .filter(first_published_at__gt=since, first_published_at__lte=until)
        .prefetch_related("topics")
        .order_by("first_published_at", "pk")
    )
    return [
        {
            "title": f"{resource.title} ({resource.resource_type})",
            "url": resource.get_full_url(),
            "summary": resource.summary,
            "topic_ids": {topic.pk for topic in resource.topics.all()},
        }
        for resource in resources
    ]
