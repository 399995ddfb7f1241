"""CampaignIndexPage (/campaigns/) and CampaignPage, which lists its news automatically."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from celcis_site.pages.blocks import BodyBlock, CallToActionBlock
from celcis_site.pages.models import BasePage
from celcis_site.pages.visibility import visible

from .listing_images import prefetch_listing_image

CAMPAIGN_ARTICLES_COUNT = 10


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

    class Meta:
        verbose_name = "campaign"

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The campaign cannot end before it starts."})

    @property
    def description(self):
        return self.search_description or self.summary

    @property
    def is_current(self):
        return self.end_date is None or self.end_date >= timezone.localdate()

    def get_context(self, request, *args, **kwargs):
        from .articles import NewsArticlePage

        context = super().get_context(request, *args, **kwargs)
        context["partners"] = list(self.partners.select_related("logo"))
        context["campaign_articles"] = NewsArticlePage.objects.listed().filter(campaign=self)[
            :CAMPAIGN_ARTICLES_COUNT
        ]
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
        campaigns = (
            visible(CampaignPage.objects.child_of(self))
            .defer_streamfields()
            .prefetch_related(prefetch_listing_image("hero_image"))
            .order_by("-start_date")
        )
        today = timezone.localdate()
        context["current_campaigns"] = [c for c in campaigns if c.end_date is None or c.end_date >= today]
        context["past_campaigns"] = [c for c in campaigns if c.end_date is not None and c.end_date < today]
        return context
