"""The abstract page every page type inherits, and StandardPage for simple content."""

from django.db import models
from django.http import HttpRequest
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index

from ..blocks import BodyBlock
from ..forms import BasePageForm
from ..visibility import no_restriction_applies


class BasePage(Page):
    """SEO and social fields shared by every page type.

    Wagtail's own `seo_title` and `search_description` (on the Promote tab)
    are the SEO title and meta description; this adds the social image.
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when the page is shared on social media (at least 1200×630).",
    )
    is_sensitive = models.BooleanField(
        "sensitive topic",
        default=False,
        help_text="Shows the 'Exit this page' button, for readers at risk if someone sees the page.",
    )

    promote_panels = [
        *Page.promote_panels,
        FieldPanel("social_image"),
    ]
    settings_panels = [*Page.settings_panels, FieldPanel("is_sensitive")]
    base_form_class = BasePageForm

    class Meta:
        abstract = True

    def get_url_parts(self, request=None):
        """Wagtail's URL parts, with the address the visitor used when the page is on the site they asked.

        Canonical links, `og:url`, JSON-LD and `/sitemap.xml` all come from here,
        so they name the same host and port as the feeds and robots.txt (built
        from the request), whatever port the site runs on. Without a request
        (e-mails), or with the object a CDN purge passes in its place, the Site
        record's address stands.
        """
        parts = super().get_url_parts(request)
        if parts is None or not isinstance(request, HttpRequest):
            return parts
        site_id, root_url, page_path = parts
        current_site = Site.find_for_request(request)
        if current_site is not None and current_site.pk == site_id:
            root_url = f"{request.scheme}://{request.get_host()}"
        return site_id, root_url, page_path

    def parent_url(self, request=None):
        """The parent page's address, without a query: this page's address minus its slug.

        For a page that lives directly under its index (an article, an event, a person), which
        links back to it: Wagtail's own way would fetch the parent page first.
        """
        return self.get_url(request)[: -len(self.slug) - 1]

    def get_view_restrictions(self):
        """Wagtail's, without its two queries on every page view when the cached paths show none applies."""
        if no_restriction_applies(self):
            restrictions = PageViewRestriction.objects.none()
            # Evaluated already (no compiling on each page view); a clone (`.order_by()`) stays empty too.
            restrictions._result_cache = []
            return restrictions
        return super().get_view_restrictions()

    @property
    def description(self):
        """The best short description the page has, for meta tags."""
        return self.search_description or getattr(self, "introduction", "")

    @property
    def html_title(self):
        return self.seo_title or self.title

    @property
    def shows_quick_exit(self):
        """Whether the page carries the quick-exit button; page types that always need it override this."""
        return self.is_sensitive


class StandardPage(BasePage):
    """A page of text: the legal pages, help pages and anything without its own type."""

    introduction = models.TextField(blank=True, help_text="A short summary shown under the title.")
    body = StreamField(BodyBlock(), blank=True, help_text="The page's content.")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]
