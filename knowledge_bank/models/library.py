"""KnowledgeBankPage at /knowledge-bank/: the library, its feeds and the old site's addresses."""

from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from celcis_site.pages.child_routing import ChildRoutingInOneQuery
from celcis_site.pages.models import BasePage
from celcis_site.pages.visibility import visible

from .resources import ResourcePage


class KnowledgeBankPage(ChildRoutingInOneQuery, RoutablePageMixin, BasePage):
    child_not_found = "No resource has that address."
    introduction = models.TextField(blank=True, help_text="Shown above the library's search and filters.")

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge_bank.ResourcePage"]
    max_count = 1

    class Meta:
        verbose_name = "Knowledge Bank"

    def resources(self):
        return ResourcePage.objects.child_of(self).listed()

    def routed_children(self):
        # Not part_of (few resources have one, and two more joins cost PostgreSQL's planner about
        # as much as the query): it is read when the page's cached parts are rendered.
        return ResourcePage.objects.child_of(self).select_related(
            "resource_type", "cover_image", "social_image"
        )

    def get_cached_paths(self):
        return ["/", "feed/", "feed/atom/"]

    @path("")
    def library(self, request):
        from ..library import library_context

        context = self.get_context(request)
        listing, status = library_context(self, request)
        context.update(listing)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    @path("feed/", name="rss")
    def rss_feed(self, request):
        from ..feeds import LatestResourcesRssFeed

        return LatestResourcesRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from ..feeds import LatestResourcesAtomFeed

        return LatestResourcesAtomFeed(self)(request)

    @path("search-bank/<slug:slug>/", name="legacy")
    @path("search-bank/journal/<slug:slug>/", name="legacy-journal")
    def legacy_resource(self, request, slug):
        """The old site's address for a resource: 301 to it, matched by its stored old slug or its slug."""
        resources = visible(ResourcePage.objects.child_of(self))
        resource = resources.filter(legacy_slug=slug).first() or resources.filter(slug=slug).first()
        if resource is None:
            raise Http404("No resource has that address.")
        return redirect(resource.get_url(request), permanent=True)
