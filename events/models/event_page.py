"""EventPage: one webinar, lecture, network meeting or community day, at /events/<slug>/.

It makes its own calendar file (event.ics), takes bookings (book/) and
shows a booking to the person who holds its signed link (booking/<token>/).
SEQUENCE, which calendars use to see that an event changed, is raised on
save whenever the time or the status differs from what is stored.
"""

from urllib.parse import quote_plus

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from celcis_site.pages.blocks import BodyBlock, CaptionedEmbedBlock, DocumentLinkBlock
from celcis_site.pages.models import BasePage
from celcis_site.pages.visibility import is_visible, visible

from ..calendar import calendar_response
from ..choices import EventFormat, EventStatus, Registration
from ..when import describe_when

RESERVED_SLUGS = {"past", "calendar.ics", "feed"}


class RelatedLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text="What the link leads to, e.g. the booklet's title.")
    url = blocks.URLBlock(help_text="The address of the resource on another website.")

    class Meta:
        icon = "link"
        template = "events/blocks/related_link.html"
        description = "A resource on another website."


class RelatedContentBlock(blocks.StreamBlock):
    page = blocks.PageChooserBlock(
        template="events/blocks/related_page.html",
        help_text="A resource, article or page on this site.",
        description="A page on this site: a resource or news article.",
    )
    document = DocumentLinkBlock()
    link = RelatedLinkBlock()


class EventPageQuerySet(PageQuerySet):
    def visible(self):
        """What visitors may see in a listing (live, under no view restriction), with what a card shows."""
        return visible(self).defer_streamfields().select_related("listing_image")

    def upcoming(self, now=None):
        # Listed until it ends, not until it starts: a two-day event stays on the first day.
        return self.visible().filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        # The recording is read too: the list marks the events that have one.
        past = visible(self).defer("body", "related").select_related("listing_image")
        return past.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


class EventPage(RoutablePageMixin, BasePage):
    summary = models.TextField(help_text="One or two sentences: shown in listings, feeds and link previews.")
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown with the event in listings and link previews.",
    )
    body = StreamField(
        BodyBlock(), blank=True, help_text="About the session: what it covers and who it is for."
    )
    start = models.DateTimeField(db_index=True, help_text="When it starts, in UK time.")
    end = models.DateTimeField(db_index=True, help_text="When it ends, in UK time; may be on a later day.")
    event_format = models.CharField(
        "format",
        max_length=20,
        choices=EventFormat.choices,
        default=EventFormat.ONLINE,
        help_text="Online, in person or both.",
    )
    venue_name = models.CharField(
        max_length=200, blank=True, help_text="For events in person, e.g. 'Technology and Innovation Centre'."
    )
    venue_address = models.TextField(
        blank=True, help_text="The venue's address, one line per line; a map link is made from it."
    )
    platform = models.CharField(
        max_length=100,
        blank=True,
        help_text="For events online, e.g. 'Microsoft Teams'; the link is sent on booking.",
    )
    price = models.DecimalField(
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="In pounds; leave empty for a free event.",
    )
    audience = models.CharField(
        max_length=255, blank=True, help_text="Who it is for, e.g. 'Residential child care workers'."
    )
    host = models.CharField(max_length=150, blank=True, help_text="Who hosts or chairs it, if not a speaker.")
    topics = ParentalManyToManyField(
        "news.Topic", blank=True, related_name="events", help_text="What the event is about."
    )
    status = models.CharField(
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text="Anything but 'going ahead' shows a message at the top of the page and in the feeds.",
    )
    status_message = models.TextField(
        blank=True,
        help_text="Why and what next, e.g. 'Postponed to the spring; everyone booked will hear from us.'",
    )
    registration = models.CharField(
        max_length=20,
        choices=Registration.choices,
        default=Registration.NONE,
        help_text="How people sign up.",
    )
    registration_url = models.URLField(
        blank=True, help_text="For registration on another website: its address."
    )
    capacity = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="For booking on this website: the number of places. Later bookings wait.",
    )
    booking_closes_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="For booking on this website: no bookings after this. Empty: at the start.",
    )
    recording = StreamField(
        [("video", CaptionedEmbedBlock())],
        blank=True,
        max_num=1,
        help_text="After the event: the recording.",
    )
    transcript = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="After the event: the recording's transcript, as a document.",
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="After the event: the slides, as a document.",
    )
    related = StreamField(
        RelatedContentBlock(), blank=True, help_text="Resources or news to read with the event."
    )
    legacy_slug = models.SlugField(
        max_length=255,
        blank=True,
        db_index=True,
        help_text="The event's slug on the old site, if it differs; its old address then leads here.",
    )
    sequence = models.PositiveIntegerField(
        default=0, editable=False, help_text="Raised when the time or status changes, for calendars."
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("status"),
                FieldPanel("status_message"),
            ],
            heading="When",
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_format"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("platform"),
            ],
            heading="Where",
        ),
        MultiFieldPanel(
            [
                FieldPanel("price"),
                FieldPanel("audience"),
                FieldPanel("host"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Who and what",
        ),
        InlinePanel("speakers", label="Speaker", help_text="In the order they speak."),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("booking_closes_at")]),
            ],
            heading="Registration",
        ),
        MultiFieldPanel(
            [FieldPanel("recording"), FieldPanel("transcript"), FieldPanel("slides"), FieldPanel("related")],
            heading="After the event",
        ),
    ]
    promote_panels = [*BasePage.promote_panels, FieldPanel("legacy_slug")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "event"

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = f"'{self.slug}' is an address the events index uses; choose another."
        if self.start and self.end and self.end <= self.start:
            errors["end"] = "The end must be after the start."
        if self.registration == Registration.EXTERNAL and not self.registration_url:
            errors["registration_url"] = "Enter the address where people register."
        if self.registration == Registration.ON_SITE and not self.capacity:
            errors["capacity"] = "Enter the number of places for booking on this website."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if self.pk and (update_fields is None or "start" in update_fields):
            stored = EventPage.objects.filter(pk=self.pk).values("start", "end", "status", "sequence").first()
            if stored:
                changed = (stored["start"], stored["end"], stored["status"]) != (
                    self.start,
                    self.end,
                    self.status,
                )
                self.sequence = stored["sequence"] + 1 if changed else stored["sequence"]
        super().save(*args, **kwargs)

    @property
    def description(self):
        return self.search_description or self.summary

    @property
    def when(self):
        return describe_when(self.start, self.end)

    @property
    def is_free(self):
        return not self.price

    @property
    def is_in_person(self):
        return self.event_format in (EventFormat.IN_PERSON, EventFormat.HYBRID) and (
            self.status != EventStatus.MOVED_ONLINE
        )

    @property
    def is_online(self):
        return self.event_format != EventFormat.IN_PERSON or self.status == EventStatus.MOVED_ONLINE

    @property
    def shows_status(self):
        return self.status != EventStatus.SCHEDULED

    @property
    def map_url(self):
        """OpenStreetMap's search for the address: a plain link, so nothing loads until it is followed."""
        if not self.venue_address:
            return ""
        address = ", ".join(line.strip() for line in self.venue_address.splitlines() if line.strip())
        return f"https://www.openstreetmap.org/search?query={quote_plus(address)}"

    @property
    def closes_at(self):
        return self.booking_closes_at or self.start

    def has_ended(self, now=None):
        return self.end < (now or timezone.now())

    @property
    def has_recording(self):
        return bool(self.recording) or self.transcript_id is not None

    # The booking views import the Booking model (and this page), so the routes import them when
    # called: the one import cycle .importlinter still allows.
    def get_context(self, request, *args, **kwargs):
        from ..booking_page import booking_context

        context = super().get_context(request, *args, **kwargs)
        # Lazy: only the page's cached parts (templates/events/event_page.html) read them, so a page
        # whose parts are cached asks the database nothing for them.
        context["topics"] = SimpleLazyObject(lambda: list(self.topics.all()))
        context["speaker_list"] = SimpleLazyObject(lambda: list(self.speakers.select_related("person")))
        # A chosen page that was unpublished or restricted since is left out, never linked.
        context["related_items"] = SimpleLazyObject(
            lambda: [
                item
                for item in self.related
                if item.block_type != "page" or (item.value and is_visible(item.value))
            ]
        )
        context["events_index_url"] = SimpleLazyObject(lambda: self.parent_url(request))
        context.update(booking_context(self, request, kwargs.get("form")))
        return context

    @path("")
    def event(self, request):
        from ..booking_page import serve_event

        return serve_event(self, request)

    def calendar_file(self, request):
        """/events/<slug>/event.ics (a URL in celcis_site/urls.py: Wagtail's page URLs take no dots)."""
        return calendar_response([self], request, filename=f"{self.slug}.ics")

    @path("book/", name="book")
    def book(self, request):
        from ..booking_page import serve_booking_form

        return serve_booking_form(self, request)

    @path("booking/<str:token>/", name="booking")
    def booking(self, request, token):
        from ..booking_page import serve_booking

        return serve_booking(self, request, token)
