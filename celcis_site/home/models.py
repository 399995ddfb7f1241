"""HomePage: the root of the site's page tree."""

from django.db import models
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from celcis_site.pages.models import BasePage

LATEST_NEWS_COUNT = 3
NEXT_EVENTS_COUNT = 3


class HomePage(BasePage):
    introduction = models.TextField(
        blank=True, help_text="A sentence or two under the site name that says what CELCIS does."
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    parent_page_types = ["wagtailcore.Page"]
    # One row per page type that lives directly under Home (the page map in PRODUCT.md);
    # tests/celcis_site/test_page_tree.py checks this list against the map.
    subpage_types = [
        "news.NewsIndexPage",
        "news.CampaignIndexPage",
        "contacts.ContactPage",
        "contacts.HelpPage",
        "events.EventIndexPage",
        "pages.StandardPage",
        "pages.LegalPage",
        "consent.CookiesPage",
        "seo.SitemapPage",
        "people.PeopleIndexPage",
        "knowledge_bank.KnowledgeBankPage",
    ]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        # Imported here: news pages name HomePage as their parent type.
        from events.models import EventPage

        context = super().get_context(request, *args, **kwargs)
        # The campaigns and the latest news, as HTML shared until a page changes (news/fragments.py).
        context["news"] = _home_news(request)
        context["next_events"] = EventPage.objects.upcoming()[:NEXT_EVENTS_COUNT]
        return context


def _home_news(request):
    """{"campaigns": the current campaigns, "latest": the latest news}: HTML for the home page."""
    # Imported here: news pages name HomePage as their parent type.
    from news.fragments import shared_fragment
    from news.models import CampaignPage, NewsArticlePage

    def render():
        context = {
            "request": request,
            "current_campaigns": CampaignPage.objects.current().listed(),
            "latest_news": NewsArticlePage.objects.listed()[:LATEST_NEWS_COUNT],
        }
        return {
            "campaigns": render_to_string("home/includes/current_campaigns.html", context),
            "latest": render_to_string("home/includes/latest_news.html", context),
        }

    # Which campaigns are current changes at midnight.
    return shared_fragment(request, f"home:{timezone.localdate().isoformat()}", render)
