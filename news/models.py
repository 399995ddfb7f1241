"""NewsIndexPage (/news/) and NewsArticlePage, with the query that lists articles."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from celcis_site.pages.blocks import BodyBlock
from celcis_site.pages.models import BasePage

ARTICLES_PER_PAGE = 10


class NewsArticleQuerySet(PageQuerySet):
    def listed(self):
        """Live, public articles, newest first, with what a listing shows."""
        return (
            self.live()
            .public()
            .select_related("listing_image")
            .defer_streamfields()
            .order_by("-publication_date", "-pk")
        )


class NewsArticlePage(BasePage):
    publication_date = models.DateField(
        null=True,
        blank=True,
        db_index=True,
        help_text="Shown as 'Published, …'. Leave empty to use the date the article is first published.",
    )
    introduction = models.TextField(
        help_text="The first paragraph: a summary shown in listings, feeds and link previews."
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown with the article in listings and at the top of the article.",
    )
    body = StreamField(BodyBlock(), help_text="The article, after the introduction.")

    objects = PageManager.from_queryset(NewsArticleQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("publication_date"),
        FieldPanel("introduction"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "news article"

    def save(self, *args, **kwargs):
        # The date defaults to the day of first publication; an editor's date wins.
        if self.publication_date is None and self.first_published_at:
            self.publication_date = timezone.localdate(self.first_published_at)
        super().save(*args, **kwargs)


class NewsIndexPage(BasePage):
    introduction = models.TextField(blank=True, help_text="Shown above the list of articles.")

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count = 1

    class Meta:
        verbose_name = "news index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = NewsArticlePage.objects.child_of(self).listed()
        # get_page() turns ?page=abc, -1 or 99999999 into a real page, never an error.
        context["articles"] = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
        return context
