"""{% page_part %}: a part of a page's template rendered once, then shared until the page cache is cleared.

    {% load page_parts %}
    {% page_part "resource-header" page.pk %}…{% endpage_part %}

A part is kept under the generation of the page cache ("page-cache",
celcis_site/page_cache/middleware.py) and for PAGE_CACHE_SECONDS at most, like
the pages it is part of: every change the invalidation table says a page can
show (any page saved, moved or deleted; a setting, snippet, image, document or
view restriction edited; an event ending) clears it at once. It is what spares
the work when the page cache cannot answer: a new query string, another consent
state, or a page never cached whole (an event with booking open).

The arguments make the key, with the address visitors use (scheme and host, as
canonical links do). On a hit nothing inside is rendered, so context values
only a part reads should be lazy (`SimpleLazyObject`): their queries then run
only on a miss. A preview (an editor's unsaved changes) is rendered afresh.

The HTML is shared by every visitor of that host, so nothing
per visitor may be inside: no CSRF token or form, no nonce, nothing that
depends on the consent state (a body's video embeds) or the session, and
nothing that changes with the time of day.

It lives in people because the Knowledge Bank and events may build on people
(.importlinter); its natural home is celcis_site/caching.
"""

from django import template
from django.conf import settings

from celcis_site.page_cache.middleware import PAGES

register = template.Library()


class PagePartNode(template.Node):
    def __init__(self, nodelist, key_parts):
        self.nodelist = nodelist
        self.key_parts = key_parts

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            # A preview shows an editor's unsaved changes: never the live page's part, never stored.
            return self.nodelist.render(context)
        root_url = f"{request.scheme}://{request.get_host()}"
        key = "part:" + "|".join([*(str(part.resolve(context)) for part in self.key_parts), root_url])
        html, generation = PAGES.read(key)
        if html is None:
            html = self.nodelist.render(context)
            PAGES.store(key, html, generation, settings.PAGE_CACHE_SECONDS)
        return html


@register.tag
def page_part(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes at least one key part, e.g. the part's name.")
    nodelist = parser.parse(("endpage_part",))
    parser.delete_first_token()
    return PagePartNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])
