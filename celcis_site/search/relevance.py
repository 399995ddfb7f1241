"""The fixed relevance check: queries a visitor types, and the demo page that must come in the top 3.

Run on the demo content with any number of generated articles around it
(`generate_articles`), by the test suite at a small size and by
`manage.py search_benchmark` at 10,000 or 100,000, which also times each query.
"""

import statistics
import time

from django.test import Client
from wagtail.models import Page, Site

from celcis_site.pages.visibility import visible

from .query import parse_query
from .ranking import ranked_page_ids

ARTICLE = "/news/{}/"
# (what a visitor types, the address of the best result)
QUERIES = [
    (
        "live streaming sex offenders",
        ARTICLE.format("new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders"),
    ),
    ("#WhoIsSam", "/campaigns/whoissam/"),
    ("worried about a child", "/worried-about-a-child/"),
    ("contact us", "/contact/"),
    ("privacy notice", "/privacy-notice/"),
    ("accessibility statement", "/accessibility/"),
    ("leaving this website quickly", "/quick-exit/"),
    ("case reviews", ARTICLE.format("learning-from-case-reviews")),
    (
        "staying connected brothers sisters",
        ARTICLE.format("staying-connected-with-brothers-and-sisters-in-care"),
    ),
    # A phrase in quotes, and words in another order than the title's.
    ('"talking to children" live streaming', ARTICLE.format("talking-to-children-about-live-streaming")),
    ("neglect recognising practitioners", ARTICLE.format("practitioners-on-recognising-neglect")),
    ("online harm resources", ARTICLE.format("new-resources-for-practitioners-on-online-harm")),
    ("Morag Lindsay", "/people/morag-lindsay/"),
]
TOP = 3


def top_urls(query, count=TOP):
    """The addresses of the first `count` results the search page shows for `query`."""
    ids = ranked_page_ids(visible(Page.objects.all()), parse_query(query)).page_ids[:count]
    urls = dict(Page.objects.filter(pk__in=ids).values_list("pk", "url_path"))
    site_root = Site.objects.get(is_default_site=True).root_page.url_path
    return ["/" + urls[pk].removeprefix(site_root) for pk in ids]


def places():
    """{query: (where its best result came, 1 to 3, or None; the top 3 found)} for every query of the list."""
    found = {query: (best, top_urls(query)) for query, best in QUERIES}
    return {
        query: (top.index(best) + 1 if best in top else None, top) for query, (best, top) in found.items()
    }


def misses():
    """The queries whose best result is not in the top 3, with what came instead."""
    return {query: top for query, (place, top) in places().items() if place is None}


def timings(repeats, host="localhost"):
    """Milliseconds per search page, through every middleware, over every query `repeats` times."""
    client = Client(HTTP_HOST=host)
    times = []
    for _ in range(repeats):
        for query, _best in QUERIES:
            started = time.perf_counter()
            response = client.get("/search/", {"q": query})
            times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"/search/?q={query} answered {response.status_code}")
    times.sort()
    return {
        "searches": len(times),
        "p50": statistics.median(times),
        "p95": times[int(0.95 * (len(times) - 1))],
        "max": times[-1],
    }
