"""What the news index shows for a request: filtered, paginated articles and the filter form."""

from django.http import Http404

from .filters import NewsFilterForm
from .listing_cache import cached_listing_fact
from .models.articles import ARTICLES_PER_PAGE
from .pagination import ReversiblePaginator


def publication_years(index_page, articles):
    """The years that have live news, newest first."""
    return cached_listing_fact(
        f"{index_page.pk}:years",
        lambda: [day.year for day in articles.order_by().dates("publication_date", "year", order="DESC")],
    )


def news_listing_context(index_page, request):
    # One queryset for everything: each .public() costs a query for the view restrictions.
    all_articles = index_page.articles()
    form = NewsFilterForm(request.GET, years=publication_years(index_page, all_articles))
    if not form.is_valid():
        # ?year=20x7 or ?topic=no-such-topic names nothing that exists.
        raise Http404("No news matches that topic or year.")
    topic, year = form.cleaned_data["topic"], form.cleaned_data["year"]
    articles = all_articles
    if topic:
        articles = articles.filter(topics=topic)
    if year:
        articles = articles.filter(publication_date__year=year)
    count = cached_listing_fact(
        f"{index_page.pk}:count:{topic.pk if topic else ''}:{year or ''}", articles.count
    )
    paginator = ReversiblePaginator(articles, ARTICLES_PER_PAGE, count=count)
    page = paginator.get_page(request.GET.get("page"))
    return {"articles": page, "filter_form": form, "active_topic": topic, "active_year": year}
