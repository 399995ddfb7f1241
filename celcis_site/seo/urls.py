"""URLs for the machine-readable site maps; the HTML one is a page in the tree."""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from . import icons, views
from .sitemaps import PublicViewsSitemap, VisiblePagesSitemap

urlpatterns = [
    # Wagtail's sitemap: the pages of the requested site visitors may see, with lastmod, and the sign-up view.
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": VisiblePagesSitemap, "views": PublicViewsSitemap}},
        name="sitemap_xml",
    ),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("site.webmanifest", icons.web_manifest, name="web_manifest"),
    *[path(name, icons.root_icon, {"name": name}) for name in icons.ROOT_ICONS],
]
