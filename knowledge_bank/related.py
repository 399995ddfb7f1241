"""A resource's "Related" list: chosen resources, news and people, kept in the library's cache.

Three lists of pages an editor chose, each only while it is live and public.
They change only when a page is saved, moved or deleted or a view restriction
changes, exactly what clears the library's cache, so they are kept there per
resource: a warm resource page asks the database nothing for them.
"""

from celcis_site.pages.visibility import is_visible, visible

from .listing_cache import cached_library_fact

RELATED_COUNT = 3


def _link(page, request, meta):
    return {"title": page.title, "url": page.get_url(request), "meta": meta}


def related_links(resource, request):
    """[{title, url, meta}] for the page's Related section: resources, then news, then people."""

    def compute():
        chosen = resource.related_resource_links.select_related("related__resource_type")
        links = [
            _link(link.related, request, f"{link.related.resource_type.name}, {link.related.published_year}")
            for link in chosen
            if is_visible(link.related)
        ][:RELATED_COUNT]
        links += [
            _link(article, request, "news")
            for article in visible(resource.related_news.all()).defer_streamfields()
        ]
        links += [_link(person, request, person.role) for person in visible(resource.related_people.all())]
        return links

    return cached_library_fact(f"related:{resource.pk}", compute)
