"""CampaignIndexPage (/campaigns/) and CampaignPage, which lists its news automatically."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.template.loader import render_to_string
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from celcis_site.pages.blocks import BodyBlock, CallToActionBlock
from celcis_site.pages.models import BasePage
from celcis_site.pages.visibility import visible

from ..fragments import shared_fragment
from .articles import NewsArticlePage
from .listing_images import prefetch_listing_image

CAMPAIGN_ARTICLES_COUNT = 10


def _runs_today():
    """The "current campaign" rule, written once: no end date yet, or one not yet past."""
    return Q(end_date__isnull=True) | Q(end_date__gte=timezone.localdate())


class CampaignQuerySet(PageQuerySet):
    def listed(self):
        """Campaigns visitors may see, newest first, ready for a card (no body; the hero image prefetched).

        Each carries `is_current`, so a page can split current from past in one query.
        """
        return (
            visible(self)
            .defer_streamfields()
            .prefetch_related(prefetch_listing_image("hero_image"))
            .annotate(is_current=ExpressionWrapper(_runs_today(), output_field=BooleanField()))
            .order_by("-start_date")
        )

    def current(self):
        return self.filter(_runs_today())


class CampaignPage(BasePage):
    hashtag = models.CharField(
        max_length=60, blank=True, help_text="The campaign's hashtag with its #, e.g. '#WhoIsSam'."
    )
    summary = models.TextField(help_text="What the campaign is and who it is for, in two or three sentences.")
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A wide image at the top of the page and in listings (at least 1200×630).",
    )
    start_date = models.DateField(help_text="The day the campaign launched.")
    end_date = models.DateField(null=True, blank=True, help_text="Leave empty while the campaign runs.")
    partners = ParentalManyToManyField(
        "news.PartnerOrganisation",
        blank=True,
        related_name="campaigns",
        help_text="The organisations that lead the campaign.",
    )
    body = StreamField(BodyBlock(), blank=True, help_text="The campaign's story and materials.")
    calls_to_action = StreamField(
        [("call_to_action", CallToActionBlock())],
        blank=True,
        help_text="What the campaign asks visitors to do, shown prominently under the summary.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hashtag"),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        MultiFieldPanel([FieldPanel("partners", widget=forms.CheckboxSelectMultiple)], heading="Partners"),
        FieldPanel("calls_to_action"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hashtag"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["news.CampaignIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(CampaignQuerySet)()

    class Meta:
        verbose_name = "campaign"

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The campaign cannot end before it starts."})

    @property
    def description(self):
        return self.search_description or self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def render():
            parts = {
                "request": request,
                "partners": list(self.partners.select_related("logo")),
                "campaign_articles": NewsArticlePage.objects.listed().filter(campaign=self)[
                    :CAMPAIGN_ARTICLES_COUNT
                ],
            }
            return {
                "partners": render_to_string("news/includes/campaign_partners.html", parts),
                "news": render_to_string("news/includes/campaign_news.html", parts),
            }

        # The partners and the campaign's news, as HTML shared until a page changes (news/fragments.py).
        context["extras"] = shared_fragment(request, f"campaign:{self.pk}", render)
        return context


class CampaignIndexPage(BasePage):
    introduction = models.TextField(blank=True, help_text="Shown above the list of campaigns.")

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.CampaignPage"]
    max_count = 1

    class Meta:
        verbose_name = "campaign index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = CampaignPage.objects.child_of(self).listed()
        context["current_campaigns"] = [campaign for campaign in campaigns if campaign.is_current]
        context["past_campaigns"] = [campaign for campaign in campaigns if not campaign.is_current]
        return context
