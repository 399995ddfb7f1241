"""Wagtail's page view, with the way to the page read from the cache instead of four queries.

To serve /news/<slug>/ Wagtail looks up the Site for the host (one query), the
site's root page as its specific type (one), then for each segment of the path
the child with that slug (one) and the child as its specific type (one), until
it reaches the page or a page that routes its own children (an index:
RoutablePageMixin, ChildRoutingInOneQuery). Those sections are the same for
every visitor and change rarely, so the site (with the sites' root paths that
every page address is built from) and the pages on the way are kept in the
versioned cache "routing", which saving, moving or deleting any page, or
saving a site, bumps (celcis_site/caching/table.py). Once an app server knows
them they cost no round trip: a copy stays in its memory (caching/memory.py).
A page that routes its own children is still asked, live, for what lies below
it: an article costs its index's one query. Misses (a 404) are not stored, so
no visitor can fill the cache with made-up addresses.
"""

from functools import partial

from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from celcis_site.caching.versioned import VersionedCache

# A timeout as a safety net only: every change that matters bumps the generation at once.
ROUTING = VersionedCache(
    "routing",
    timeout=60 * 60 * 24,
    description="the site of each host and the pages on the way to an address",
    local=True,
)


def serve(request, path):
    """Wagtail's `serve` view, the route found as Wagtail would, through the cache."""
    # With translations each visitor's language picks the root page (`localized`): not shared.
    # A site or route something found earlier stands, as in Wagtail.
    found_earlier = hasattr(request, "_wagtail_route_for_request") or hasattr(request, "_wagtail_site")
    if not found_earlier and not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        request._wagtail_route_for_request = _route(request, path)
    return wagtail_views.serve(request, path)


def _route(request, path):
    """What Page.route_for_request returns: (page, args, kwargs), or None for no site or a 404."""
    hostname, port = split_domain_port(request.get_host())[0], request.get_port()
    site, page, root_paths = ROUTING.get_or_compute(
        f"site:{hostname}:{port}", partial(_site_and_root_page, hostname, port)
    )
    # What Site.find_for_request and every page address would ask for (the menus, the footer…).
    request._wagtail_site = site
    request._wagtail_cached_site_root_paths = root_paths
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    address = f"page:{hostname}:{port}:/"
    try:
        for depth, slug in enumerate(components):
            if type(page).route is not Page.route:
                # An index with routes of its own takes the rest of the path.
                return page.route(request, components[depth:])
            address += f"{slug}/"
            child = ROUTING.get_or_compute(address, partial(_child, page, slug))
            # As Page.route does: the page's parent is known, no query for it.
            child._cached_parent_obj = page
            page = child
        return page.route(request, [])
    except Http404:
        return None


def _child(page, slug):
    """The child with this slug as its specific type (as Page.route finds it), or Http404: never stored."""
    try:
        return page.get_children().get(slug=slug).specific
    except Page.DoesNotExist as error:
        raise Http404 from error


def _site_and_root_page(hostname, port):
    """(the host's Site, its root page as its specific type, every site's root paths): never None itself.

    The root paths (Wagtail's `Site.get_site_root_paths()`, which page addresses are built from)
    change only with a site or a page, as this cache does: they come in the same round trip.
    """
    root_paths = Site.get_site_root_paths()
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None, None, root_paths
    return site, site.root_page.localized.specific, root_paths
