"""The search results page."""

import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

from celcis_site.pages.visibility import visible

RESULTS_PER_PAGE = 10
# Longer queries are cut: nobody types more, and it bounds the work a query costs.
MAX_QUERY_LENGTH = 200
# Only words reach the search back end: punctuation such as `"(*` is query
# syntax to SQLite's FTS5 and PostgreSQL, and a visitor never means it as such.
NOT_A_WORD_CHARACTER = re.compile(r"[^\w\s]|_")


def search_terms(query):
    """The words of a visitor's query, in any script, without search syntax."""
    return " ".join(NOT_A_WORD_CHARACTER.sub(" ", query).split())


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    terms = search_terms(query)
    results = Page.objects.none()
    if terms:
        results = visible(Page.objects.all()).specific().search(terms)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    response = TemplateResponse(request, "search/search.html", {"query": query, "results": page})
    # Result pages are endless and thin: keep them out of search engines.
    response["X-Robots-Tag"] = "noindex"
    return response
