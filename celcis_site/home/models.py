"""HomePage: the root of the site's page tree."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from celcis_site.pages.models import BasePage
from celcis_site.pages.visibility import visible

LATEST_NEWS_COUNT = 3


class HomePage(BasePage):
    introduction = models.TextField(
        blank=True, help_text="A sentence or two under the site name that says what CELCIS does."
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "news.CampaignIndexPage",
        "pages.StandardPage",
        "pages.LegalPage",
        "seo.SitemapPage",
    ]
    subpage_types += ["contacts.ContactPage", "contacts.HelpPage"]
    subpage_types += ["people.PeopleIndexPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        # Imported here: news pages name HomePage as their parent type.
        from news.models import CampaignPage, NewsArticlePage
        from news.models.listing_images import prefetch_listing_image

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = NewsArticlePage.objects.listed()[:LATEST_NEWS_COUNT]
        context["current_campaigns"] = (
            visible(CampaignPage.objects.all())
            .defer_streamfields()
            .filter(Q(end_date__isnull=True) | Q(end_date__gte=timezone.localdate()))
            .prefetch_related(prefetch_listing_image("hero_image"))
            .order_by("-start_date")
        )
        return context
