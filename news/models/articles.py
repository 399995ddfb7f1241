"""NewsIndexPage (/news/, its feeds and legacy addresses) and NewsArticlePage."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from celcis_site.pages.blocks import BodyBlock
from celcis_site.pages.child_routing import ChildRoutingInOneQuery
from celcis_site.pages.models import BasePage
from celcis_site.pages.visibility import is_visible, visible

from ..feeds import LatestNewsAtomFeed, LatestNewsRssFeed
from ..fragments import article_extras, shared_fragment
from ..listing import news_listing_context
from .listing_images import prefetch_listing_renditions
from .topics import Topic

ARTICLES_PER_PAGE = 10
RELATED_ARTICLES_COUNT = 3
# Paths the index answers itself; an article may not take one as its slug.
RESERVED_SLUGS = {"feed", "news-pages"}


class NewsArticleQuerySet(PageQuerySet):
    def listed(self):
        """Live, public articles, newest first, with what a listing card shows.

        The image comes in the same query as the article, and its card
        renditions in one more for the whole list, never one per card.
        """
        return (
            visible(self)
            .defer_streamfields()
            .select_related("listing_image")
            .prefetch_related(prefetch_listing_renditions("listing_image"))
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
        help_text="Shown with the article in listings and link previews.",
    )
    body = StreamField(BodyBlock(), help_text="The article, after the introduction.")
    topics = ParentalManyToManyField(
        "news.Topic", blank=True, related_name="articles", help_text="What the article is about."
    )
    authors = ParentalManyToManyField(
        "people.PersonPage",
        blank=True,
        related_name="news_articles",
        help_text="CELCIS people who wrote it; the article is then listed on their pages.",
    )
    campaign = models.ForeignKey(
        "news.CampaignPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text="The campaign this article is part of, if any; it is then listed on the campaign's page.",
    )

    objects = PageManager.from_queryset(NewsArticleQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("publication_date"),
        FieldPanel("introduction"),
        FieldPanel("authors"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("campaign"),
                InlinePanel(
                    "related_article_links",
                    max_num=RELATED_ARTICLES_COUNT,
                    label="Related article",
                    help_text="Up to three; with none chosen, the latest articles sharing a topic show.",
                ),
            ],
            heading="Topics and related content",
        ),
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
        # Listings run newest first with the id as tie-breaker: with this index the
        # database reads the first page's ten rows, not the whole archive, then sorts.
        indexes = [models.Index(fields=["publication_date", "page_ptr"], name="news_article_listing_order")]

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": f"'{self.slug}' is an address the news index uses; choose another."}
            )

    def save(self, *args, **kwargs):
        # The date defaults to the day of first publication; an editor's date wins.
        if self.publication_date is None and self.first_published_at:
            self.publication_date = timezone.localdate(self.first_published_at)
        super().save(*args, **kwargs)

    def related_articles(self):
        """The editor's choice, else the latest live articles sharing a topic."""
        chosen = [link.related for link in self.related_article_links.select_related("related")]
        chosen = [article for article in chosen if is_visible(article)]
        if chosen:
            return chosen[:RELATED_ARTICLES_COUNT]
        # A semi-join, not a join with DISTINCT: the database walks the newest
        # articles and stops at the third that shares a topic.
        sharing_a_topic = NewsArticlePage.topics.through.objects.filter(topic__in=self.topics.all())
        return list(
            NewsArticlePage.objects.listed()
            .filter(pk__in=sharing_a_topic.values("newsarticlepage_id"))
            .exclude(pk=self.pk)[:RELATED_ARTICLES_COUNT]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["extras"] = article_extras(self, request)
        return context


class RelatedArticle(Orderable):
    """An article an editor chose to show under another."""

    article = ParentalKey(NewsArticlePage, on_delete=models.CASCADE, related_name="related_article_links")
    related = models.ForeignKey(NewsArticlePage, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("related", help_text="An article to show under this one, as further reading.")]


class NewsIndexPage(ChildRoutingInOneQuery, RoutablePageMixin, BasePage):
    child_not_found = "No article has that address."
    introduction = models.TextField(blank=True, help_text="Shown above the list of articles.")

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count = 1

    class Meta:
        verbose_name = "news index"

    def articles(self):
        return NewsArticlePage.objects.child_of(self).listed()

    def routed_children(self):
        return NewsArticlePage.objects.child_of(self).select_related(
            "listing_image", "social_image", "campaign"
        )

    def get_cached_paths(self):
        # A CDN purge of the index (wagtail.contrib.frontend_cache) drops its feeds with it.
        return ["/", "feed/", "feed/atom/"]

    @path("")
    def index(self, request):
        context = self.get_context(request)
        context.update(
            news_listing_context(self, request, topics=Topic.objects.all(), per_page=ARTICLES_PER_PAGE)
        )
        articles = context["articles"]

        def cards():
            context = {"articles": articles, "request": request}
            return render_to_string("news/includes/article_cards.html", context)

        # The cards, as HTML shared until a page changes: their articles and images are then not read.
        key = f"news-index:{context['listing']}:{articles.number}"
        context["cards"] = shared_fragment(request, key, cards)
        return self.render(request, context_overrides=context)

    @path("feed/", name="rss")
    def rss_feed(self, request):
        return LatestNewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return LatestNewsAtomFeed(self)(request)

    @path("news-pages/<slug:slug>/", name="legacy")
    def legacy_article(self, request, slug):
        """The old site's address for an article: a permanent redirect to where it lives now."""
        article = visible(NewsArticlePage.objects.child_of(self)).filter(slug=slug).first()
        if article is None:
            raise Http404("No article has that address.")
        return redirect(article.get_url(request), permanent=True)
