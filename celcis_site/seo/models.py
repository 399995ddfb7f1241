"""SitemapPage: the HTML sitemap at /sitemap/, generated from the page tree."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from celcis_site.pages.models import BasePage
from celcis_site.pages.visibility import visible

# Page types the sitemap leaves out because their section lists them already:
# the news index pages through every article, so the sitemap stays short.
LISTED_ELSEWHERE = [("news", "newsarticlepage")]


@dataclass
class SitemapEntry:
    page: Page
    children: list["SitemapEntry"] = field(default_factory=list)


def nest_by_path(pages):
    """Pages in tree (path) order as nested entries.

    A page whose parent is not listed (a draft, say) joins its nearest listed ancestor.
    """
    roots, ancestors = [], []
    for page in pages:
        entry = SitemapEntry(page)
        while ancestors and not page.path.startswith(ancestors[-1].page.path):
            ancestors.pop()
        (ancestors[-1].children if ancestors else roots).append(entry)
        ancestors.append(entry)
    return roots


class SitemapPage(BasePage):
    introduction = models.TextField(
        blank=True, help_text="Shown above the list of pages, e.g. 'Every page on this website.'"
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "sitemap page"

    def page_tree(self):
        """Every live, public page of this page's site, nested as in the page tree."""
        site_root = self.get_parent()
        listed_elsewhere = models.Q()
        for app_label, model in LISTED_ELSEWHERE:
            listed_elsewhere |= models.Q(app_label=app_label, model=model)
        pages = (
            visible(Page.objects.descendant_of(site_root, inclusive=True))
            .exclude(content_type__in=ContentType.objects.filter(listed_elsewhere))
            .only("title", "path", "depth", "url_path")
            .order_by("path")
        )
        return nest_by_path(pages)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_tree"] = self.page_tree()
        return context
