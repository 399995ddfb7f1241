"""Page parts: HTML and facts a page shows every visitor alike, kept until the page cache is cleared.

They are stored in the page cache's VersionedCache ("page-cache",
celcis_site/page_cache/middleware.py), for PAGE_CACHE_SECONDS at most, like
the pages they are part of: every change the invalidation table says a page can
show (any page saved, moved or deleted; a setting, snippet, image, document or
view restriction edited) clears them at once, and so does an event ending
(events/ended.py). They spare the work when the page cache cannot answer: a
new query string, another consent state, or a page never cached whole (an event
with booking open). `{% page_part %}` (templatetags/page_parts.py) keeps HTML;
`page_fact` keeps a value, e.g. a listing's count; `lazy_page` gives a listing
whose rows are read only when a part is rendered.
"""

from django.conf import settings
from django.core.paginator import EmptyPage, Page, PageNotAnInteger
from django.utils.functional import SimpleLazyObject

from .middleware import PAGES


def page_fact(key, compute):
    """`compute()`, or its value kept under `key` since the page cache was last cleared."""
    key = f"part:{key}"
    value, generation = PAGES.read(key)
    if value is None:
        value = compute()
        PAGES.store(key, value, generation, settings.PAGE_CACHE_SECONDS)
    return value


def lazy_page(paginator, number, rows=None):
    """`paginator.get_page(number)`, its rows read only when the page is iterated or measured.

    For a list of cards kept as a {% page_part %}: on a hit the rows are never
    read. `rows(page_number)` reads them; by default `paginator.page(number)`'s.
    """
    try:
        number = paginator.validate_number(number)
    except PageNotAnInteger:
        number = 1
    except EmptyPage:
        number = paginator.num_pages
    read = rows or (lambda page_number: paginator.page(page_number).object_list)
    return Page(SimpleLazyObject(lambda: list(read(number))), number, paginator)
