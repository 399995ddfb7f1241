"""CachedFragmentSetting: a site setting rendered into every page through one cached template fragment.

Subclass it, set `fragment_template`, and render it with
`YourSetting.render_fragment(request)` from a template tag. Saving or
deleting any such setting bumps the "site-fragments" cache (see table.py);
a fragment that also shows something else (a page's address) needs a trigger
row for that too, declared by its app.
"""

from django.template.loader import render_to_string
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Site

from .versioned import VersionedCache

# Bumped on every save; the timeout only bounds how long a fragment rendered by
# an older release of the templates can outlive a deploy.
FRAGMENTS = VersionedCache(
    "site-fragments",
    timeout=60 * 60 * 24,
    description="fragments of every page rendered from a site setting",
    local=True,
)


class CachedFragmentSetting(BaseSiteSetting):
    fragment_template = None

    class Meta:
        abstract = True

    @classmethod
    def render_fragment(cls, request):
        """The fragment's HTML for the request's site, from the cache when it is there.

        Rendered without the request, so nothing per visitor can end up in the
        HTML every visitor shares. A site without a saved setting gets the
        defaults, unsaved: a page view never writes to the database.
        """
        site = Site.find_for_request(request) if request is not None else None
        if site is None:
            return render_to_string(cls.fragment_template, {"setting": cls.for_site_or_defaults(None)})
        # The address visitors use (as in canonical links): the same for every visitor of that host.
        root_url = f"{request.scheme}://{request.get_host()}"

        def render():
            setting = cls.for_site_or_defaults(site)
            return render_to_string(
                cls.fragment_template, {"setting": setting, "site": site, "root_url": root_url}
            )

        return FRAGMENTS.get_or_compute(f"{cls._meta.label_lower}:{site.pk}:{root_url}", render)

    @classmethod
    def for_site_or_defaults(cls, site):
        """The saved setting, or an unsaved one with the defaults: unlike for_site(), never writes."""
        if site is None:
            return cls()
        return cls.base_queryset().filter(site=site).first() or cls(site=site)
