"""The XML sitemap's entries: the pages visitors may see (pages/visibility.py), and the site's own views.

Most of the site is pages in the tree; the mailing list's sign-up (`/newsletter/`)
is a view of its own, so it is listed by name.
"""

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap

from celcis_site.pages.visibility import visible


class VisiblePagesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        return visible(root.get_descendants(inclusive=True)).order_by("path").defer_streamfields().specific()


class PublicViewsSitemap(DjangoSitemap):
    """Addresses visitors land on that are views, not pages (the others are per person: tokens)."""

    def items(self):
        return ["newsletter:sign-up"]

    def location(self, item):
        return reverse(item)
