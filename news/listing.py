"""What the news index shows for a request: filtered, paginated articles and the filter form."""

from django.http import Http404

from .filters import NewsFilterForm
from .models.articles import ARTICLES_PER_PAGE
from .pagination import ReversiblePaginator


def publication_years(index_page):
    """The years that have live news, newest first."""
    return [
        day.year for day in index_page.articles().order_by().dates("publication_date", "year", order="DESC")
    ]


def news_listing_context(index_page, request):
    form = NewsFilterForm(request.GET, years=publication_years(index_page))
    if not form.is_valid():
        # ?year=20x7 or ?topic=no-such-topic names nothing that exists.
        raise Http404("No news matches that topic or year.")
    topic, year = form.cleaned_data["topic"], form.cleaned_data["year"]
    articles = index_page.articles()
    if topic:
        articles = articles.filter(topics=topic)
    if year:
        articles = articles.filter(publication_date__year=year)
    page = ReversiblePaginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return {"articles": page, "filter_form": form, "active_topic": topic, "active_year": year}
