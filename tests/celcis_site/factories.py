"""Factories for the site-wide page types."""

import wagtail_factories

from celcis_site.home.models import HomePage
from celcis_site.pages.models import StandardPage


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
