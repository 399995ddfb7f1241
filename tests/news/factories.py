"""Factories for news pages."""

import datetime

import factory
import wagtail_factories

from news.models import (
    CampaignIndexPage,
    CampaignPage,
    NewsArticlePage,
    NewsIndexPage,
    PartnerOrganisation,
    Topic,
)


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


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = Topic


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")
    url = "https://partner.example/"

    class Meta:
        model = PartnerOrganisation


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Campaigns"
    slug = "campaigns"

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = "#WhoIsSam"
    slug = "whoissam"
    hashtag = "#WhoIsSam"
    summary = "A campaign about live streaming."
    start_date = datetime.date(2017, 12, 5)
    body = factory.LazyFunction(list)

    class Meta:
        model = CampaignPage
