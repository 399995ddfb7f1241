"""EventIndexPage at /events/: upcoming events, past events, the calendar feed, RSS, legacy addresses."""

from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from celcis_site.pages.child_routing import ChildRoutingInOneQuery
from celcis_site.pages.models import BasePage
from celcis_site.pages.visibility import visible

from ..calendar import calendar_response
from ..feeds import NewEventsFeed
from ..listing import past_listing_context, upcoming_listing_context
from .event_page import EventPage


class EventIndexPage(ChildRoutingInOneQuery, RoutablePageMixin, BasePage):
    child_not_found = "No event has that address."
    introduction = models.TextField(blank=True, help_text="Shown above the list of upcoming events.")
    past_introduction = models.TextField(blank=True, help_text="Shown above the list of past events.")

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("past_introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = "events index"

    def events(self):
        return EventPage.objects.child_of(self)

    def routed_children(self):
        # Not the transcript and slides: their links are a cached part of the page (event_page.html),
        # and two more joins cost PostgreSQL's planner about a millisecond on every event's page.
        return self.events().select_related("listing_image", "social_image")

    def get_cached_paths(self):
        return ["/", "past/", "calendar.ics", "feed/"]

    @path("")
    def upcoming(self, request):
        context = self.get_context(request)
        listing, status = upcoming_listing_context(self, request)
        context.update(listing)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    @path("past/", name="past")
    def past(self, request):
        context = self.get_context(request)
        context.update(past_listing_context(self, request))
        return TemplateResponse(request, "events/past_events_page.html", context)

    def calendar_feed(self, request):
        """/events/calendar.ics (a URL in celcis_site/urls.py: Wagtail's page URLs take no dots)."""
        events = self.events().upcoming()
        return calendar_response(list(events), request, filename="celcis-events.ics", name="CELCIS events")

    @path("feed/", name="rss")
    def rss_feed(self, request):
        return NewEventsFeed(self)(request)

    def legacy_redirect(self, request, slug):
        """An old site's address for an event: 301 to the event, matched by its slug or the old one."""
        events = visible(self.events())
        event = events.filter(legacy_slug=slug).first() or events.filter(slug=slug).first()
        if event is None:
            raise Http404("No event has that address.")
        return redirect(event.get_url(request), permanent=True)
