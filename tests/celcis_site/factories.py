"""Factories for the site-wide page types."""

import datetime

import wagtail_factories

from celcis_site.home.models import HomePage
from celcis_site.pages.models import LegalPage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "CELCIS"
    slug = "celcis"
    introduction = "Improving children's lives."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "About us"
    introduction = "Who we are."
    body = [{"type": "paragraph", "value": "<p>We work with people who care for children.</p>"}]

    class Meta:
        model = StandardPage


class LegalPageFactory(wagtail_factories.PageFactory):
    title = "Privacy notice"
    slug = "privacy-notice"
    introduction = "How we use your information."
    last_updated = datetime.date(2026, 11, 1)
    body = [
        {"type": "heading", "value": {"text": "Who we are", "level": "h2"}},
        {"type": "paragraph", "value": "<p>CELCIS, at the University of Strathclyde.</p>"},
    ]

    class Meta:
        model = LegalPage
