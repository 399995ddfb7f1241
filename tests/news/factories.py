"""Factories for news pages."""

import datetime

import factory
import wagtail_factories

from news.models import NewsArticlePage, NewsIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article number {n}")
    publication_date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    introduction = factory.Faker("paragraph")
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": {"text": "What happened", "level": "h2"}},
            {"type": "paragraph", "value": "<p>The details of what happened.</p>"},
        ]
    )

    class Meta:
        model = NewsArticlePage
