"""{% page_part %}: a part of a page's template rendered once, then shared until the page cache is cleared.

    {% load page_parts %}
    {% page_part "resource-header" page.pk %}…{% endpage_part %}

Kept as celcis_site/page_cache/parts.py says. The arguments make the key, with the address
visitors use (scheme and host, as canonical links do). On a hit nothing inside
is rendered, so context values only a part reads should be lazy
(`SimpleLazyObject`): their queries then run only on a miss. A preview (an
editor's unsaved changes) is rendered afresh.

The HTML is shared by every visitor of that host, so nothing per visitor may be
inside: no CSRF token or visitor's form data, no nonce, nothing that depends on
the consent state (a body's video embeds) or the session, and nothing that
changes with the time of day.
"""

from django import template

from celcis_site.page_cache.parts import page_fact

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
        key = "|".join([*(str(part.resolve(context)) for part in self.key_parts), root_url])
        return page_fact(key, lambda: self.nodelist.render(context))


@register.tag
def page_part(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes at least one key part, e.g. the part's name.")
    nodelist = parser.parse(("endpage_part",))
    parser.delete_first_token()
    return PagePartNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])
