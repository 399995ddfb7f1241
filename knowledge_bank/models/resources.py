"""ResourcePage: one publication in the Knowledge Bank (/knowledge-bank/<slug>/), and its query set."""

import datetime
from functools import cache

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from celcis_site.pages.blocks import BodyBlock
from celcis_site.pages.models import BasePage
from celcis_site.pages.visibility import is_visible, visible

from ..identifiers import (
    DOI_URL,
    normalise_doi,
    normalise_isbn,
    normalise_issn,
    validate_doi,
    validate_isbn,
    validate_issn,
)
from ..kinds import CitationKind
from ..related import RELATED_COUNT, related_links

# Paths the library answers itself; a resource may not take one as its slug.
RESERVED_SLUGS = {"feed", "search-bank"}


class JournalSection(models.TextChoices):
    """The headings a journal issue lists its papers under, in this order."""

    EDITORIAL = "editorial", "Editorial"
    ORIGINAL_RESEARCH = "original-research", "Original research"
    SHORT_ARTICLES = "short-articles", "Short articles"
    CONFERENCE_REVIEW = "conference-review", "Conference review"
    REVIEWS = "reviews", "Reviews"


SECTION_ORDER = {value: number for number, value in enumerate(JournalSection.values)}


class ResourceQuerySet(PageQuerySet):
    def listed(self):
        """Live, public resources, newest first, with their type; no StreamField loaded."""
        return (
            visible(self).defer_streamfields().select_related("resource_type").order_by("-sort_date", "-pk")
        )


class ResourcePage(RoutablePageMixin, BasePage):
    resource_type = models.ForeignKey(
        "knowledge_bank.ResourceType", on_delete=models.PROTECT, related_name="resources", verbose_name="type"
    )
    published_year = models.PositiveSmallIntegerField(
        "year published", help_text="The year alone is enough, as on the old site."
    )
    published_date = models.DateField(
        "date published", null=True, blank=True, help_text="The exact day, if known; its year must match."
    )
    # The published date, or 1 January of the year: what the library sorts on (not edited).
    sort_date = models.DateField(editable=False, db_index=True)
    summary = models.TextField(
        help_text="Two or three sentences, shown in the library, feeds and link previews."
    )
    body = StreamField(BodyBlock(), blank=True, help_text="More about the resource, after the summary.")
    external_url = models.URLField(
        "external link", blank=True, help_text="Where it is published elsewhere, e.g. the publisher's page."
    )
    doi = models.CharField(
        "DOI", max_length=200, blank=True, validators=[validate_doi], help_text="e.g. 10.17868/12345"
    )
    isbn = models.CharField("ISBN", max_length=20, blank=True, validators=[validate_isbn])
    issn = models.CharField(
        "ISSN", max_length=9, blank=True, validators=[validate_issn], help_text="e.g. 1478-1840"
    )
    publisher = models.CharField(max_length=200, blank=True, default="CELCIS")
    licence = models.CharField(max_length=200, blank=True, help_text="e.g. 'CC BY 4.0'.")
    topics = ParentalManyToManyField("news.Topic", blank=True, related_name="resources")
    partner_organisations = ParentalManyToManyField("news.PartnerOrganisation", blank=True, related_name="+")
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The cover, shown on the resource and in listings.",
    )
    related_news = ParentalManyToManyField("news.NewsArticlePage", blank=True, related_name="+")
    related_people = ParentalManyToManyField(
        "people.PersonPage", blank=True, related_name="+", help_text="People to contact about it."
    )
    part_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parts",
        verbose_name="part of",
        help_text="The journal issue or series it belongs to; it is then listed there.",
    )
    section = models.CharField(max_length=30, blank=True, choices=JournalSection.choices)
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Its place within the section, lowest first."
    )
    journal_title = models.CharField(max_length=200, blank=True, help_text="For a journal issue or paper.")
    volume = models.CharField(max_length=20, blank=True)
    issue_number = models.CharField("issue", max_length=20, blank=True)
    pages = models.CharField(
        max_length=20, blank=True, help_text="A paper's pages in the issue, e.g. '12-34'."
    )
    legacy_slug = models.SlugField(
        max_length=255, blank=True, db_index=True, help_text="Its address on the old site, if different."
    )

    objects = PageManager.from_queryset(ResourceQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("resource_type", widget=forms.Select),
        FieldRowPanel([FieldPanel("published_year"), FieldPanel("published_date")]),
        InlinePanel("authors", label="Author", min_num=0),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        InlinePanel("files", label="File"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("external_url"),
                FieldRowPanel([FieldPanel("doi"), FieldPanel("isbn"), FieldPanel("issn")]),
                FieldPanel("publisher"),
                FieldPanel("licence"),
                FieldPanel("partner_organisations", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Publication details",
        ),
        MultiFieldPanel(
            [
                FieldPanel("part_of"),
                FieldRowPanel([FieldPanel("section"), FieldPanel("position")]),
                FieldRowPanel(
                    [
                        FieldPanel("journal_title"),
                        FieldPanel("volume"),
                        FieldPanel("issue_number"),
                        FieldPanel("pages"),
                    ]
                ),
            ],
            heading="Journal issue or series",
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                InlinePanel("related_resource_links", max_num=RELATED_COUNT, label="Related resource"),
                FieldPanel("related_news"),
                FieldPanel("related_people"),
            ],
            heading="Topics and related content",
        ),
    ]
    settings_panels = [*BasePage.settings_panels, FieldPanel("legacy_slug")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("author_names"),
        index.SearchField("file_text"),
        index.FilterField("published_year"),
        index.FilterField("sort_date"),
        index.FilterField("resource_type"),
    ]
    parent_page_types = ["knowledge_bank.KnowledgeBankPage"]
    subpage_types = []

    class Meta:
        verbose_name = "resource"
        # Newest first with the id as tie-breaker, read in index order.
        indexes = [models.Index(fields=["sort_date", "page_ptr"], name="kb_resource_listing_order")]

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = f"'{self.slug}' is an address the Knowledge Bank uses; choose another."
        if self.published_date and self.published_year and self.published_date.year != self.published_year:
            errors["published_date"] = "The date's year is not the year published."
        if self.part_of_id and self.part_of_id == self.pk:
            errors["part_of"] = "A resource cannot be part of itself."
        if errors:
            raise ValidationError(errors)
        self.doi = normalise_doi(self.doi) if self.doi else ""
        self.isbn = normalise_isbn(self.isbn) if self.isbn else ""
        self.issn = normalise_issn(self.issn) if self.issn else ""

    def save(self, *args, **kwargs):
        if self.published_date:
            self.published_year = self.published_date.year
        self.sort_date = self.published_date or datetime.date(self.published_year, 1, 1)
        super().save(*args, **kwargs)

    @classmethod
    def get_indexed_objects(cls):
        # update_index reads every resource's authors and files: prefetched, not two queries each.
        return super().get_indexed_objects().prefetch_related("authors__person", "files")

    # What the search index reads besides title, summary and body.
    def author_names(self):
        return " ".join(author.display_name for author in self.authors.all())

    def file_text(self):
        return " ".join(file.text for file in self.files.all())

    @property
    def description(self):
        return self.search_description or self.summary

    @property
    def citation_kind(self):
        return self.resource_type.citation_kind

    @property
    def doi_url(self):
        return DOI_URL + self.doi if self.doi else ""

    def ordered_authors(self):
        return list(self.authors.select_related("person"))

    def issue_contents(self):
        """[(section label, [papers in order])] for a journal issue or series: its live, public parts."""
        parts = list(visible(self.parts.all()).defer_streamfields().prefetch_related("authors__person"))
        parts.sort(
            key=lambda part: (SECTION_ORDER.get(part.section, len(SECTION_ORDER)), part.position, part.title)
        )
        sections = []
        for part in parts:
            label = part.get_section_display() if part.section else ""
            if not sections or sections[-1][0] != label:
                sections.append((label, []))
            sections[-1][1].append(part)
        return sections

    @path("cite/bibtex/", name="bibtex")
    def bibtex_file(self, request):
        from ..citations import citation_download

        return citation_download(self, request, "bibtex")

    @path("cite/ris/", name="ris")
    def ris_file(self, request):
        from ..citations import citation_download

        return citation_download(self, request, "ris")

    def visible_part_of(self):
        """The issue or series it is part of, while visitors may see it; else None."""
        return self.part_of if self.part_of_id and is_visible(self.part_of) else None

    def get_context(self, request, *args, **kwargs):
        from ..citations import citations  # noqa: PLC0415 - the page's own helpers import this module

        context = super().get_context(request, *args, **kwargs)
        # Lazy: only the page's cached parts (templates/knowledge_bank/resource_page.html) read them,
        # so a page whose parts are cached asks the database nothing for them.
        authors = SimpleLazyObject(self.ordered_authors)
        part_of = cache(self.visible_part_of)
        context.update(
            authors=authors,
            # Not the extracted text: it is for the search index, and can be long.
            files=SimpleLazyObject(lambda: list(self.files.select_related("document").defer("text"))),
            topics=SimpleLazyObject(lambda: list(self.topics.all())),
            part_of=SimpleLazyObject(part_of),
            contents=SimpleLazyObject(
                lambda: self.issue_contents() if self.citation_kind == CitationKind.ISSUE else []
            ),
            related=SimpleLazyObject(lambda: related_links(self, request)),
            partners=SimpleLazyObject(lambda: list(self.partner_organisations.all())),
            citations=SimpleLazyObject(lambda: citations(self, authors, request, part_of=part_of())),
            # A resource lives directly under the library: its address is theirs minus the slug.
            library_url=self.get_url(request)[: -len(self.slug) - 1],
        )
        return context
