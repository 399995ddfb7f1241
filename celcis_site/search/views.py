"""The search results page: ranked results, ten to a page (celcis_site/search/ranking.py)."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

from celcis_site.pages.visibility import visible

from .query import MAX_QUERY_LENGTH, parse_query
from .ranking import SearchResults, ranked_page_ids

RESULTS_PER_PAGE = 10


def _pages_in_order(page_ids):
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    return [pages[pk] for pk in page_ids if pk in pages]


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    parsed = parse_query(query)
    found = ranked_page_ids(visible(Page.objects.all()), parsed) if parsed else SearchResults([], False)
    page = Paginator(found.page_ids, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = _pages_in_order(list(page.object_list))
    context = {"query": query, "results": page, "more_than_counted": found.capped}
    response = TemplateResponse(request, "search/search.html", context)
    # Result pages are endless and thin: keep them out of search engines.
    response["X-Robots-Tag"] = "noindex"
    return response
