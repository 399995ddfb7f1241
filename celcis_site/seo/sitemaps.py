"""The XML sitemap's pages: Wagtail's sitemap, limited to the pages visitors may see (pages/visibility.py)."""

from wagtail.contrib.sitemaps import Sitemap

from celcis_site.pages.visibility import visible


class VisiblePagesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        return visible(root.get_descendants(inclusive=True)).order_by("path").defer_streamfields().specific()
