"""What the news index shows for a request: filtered, paginated articles and the filter form.

It takes what it lists from the index page (its articles, the topics to filter by, how many
to a page), so the page models import it and it imports no model.
"""

from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.http import Http404

from .filters import NewsFilterForm
from .listing_cache import cached_listing_fact
from .pagination import ReversiblePaginator

# Every 200th article's place in the list is remembered, so a page in the
# middle of 100,000 articles skips at most 199 rows, not 50,000.
LANDMARK_STEP = 200


class ArticleLandmarks:
    """The (publication date, id) of every LANDMARK_STEP-th article in listing order, cached."""

    step = LANDMARK_STEP

    def __init__(self, articles, cache_name, count):
        self.articles = articles
        self.cache_name = cache_name
        self.count = count

    def keys(self):
        return cached_listing_fact(self.cache_name, self.find_keys)

    def find_keys(self):
        # One pass in the database; only the landmark rows come back.
        positioned = self.articles.annotate(
            position=Window(RowNumber(), order_by=[F("publication_date").desc(), F("pk").desc()])
        )
        wanted = range(1, self.count + 1, self.step)
        return list(
            positioned.filter(position__in=wanted).order_by("position").values_list("publication_date", "pk")
        )

    def seek(self, position):
        landmark = position // self.step
        date, pk = self.keys()[landmark]
        # "At or after the landmark" in newest-first order; the date bound lets the
        # database start its index walk at the landmark.
        rows = self.articles.filter(publication_date__lte=date).exclude(publication_date=date, pk__gt=pk)
        return rows, position - landmark * self.step


def publication_years(index_page, articles):
    """The years that have live news, newest first."""
    return cached_listing_fact(
        f"{index_page.pk}:years",
        lambda: [day.year for day in articles.order_by().dates("publication_date", "year", order="DESC")],
    )


def news_listing_context(index_page, request, *, topics, per_page):
    # One queryset for everything: each .public() costs a query for the view restrictions.
    all_articles = index_page.articles()
    form = NewsFilterForm(request.GET, topics=topics, years=publication_years(index_page, all_articles))
    if not form.is_valid():
        # ?year=20x7 or ?topic=no-such-topic names nothing that exists.
        raise Http404("No news matches that topic or year.")
    topic, year = form.cleaned_data["topic"], form.cleaned_data["year"]
    articles = all_articles
    if topic:
        articles = articles.filter(topics=topic)
    if year:
        articles = articles.filter(publication_date__year=year)
    listing = f"{index_page.pk}:{topic.pk if topic else ''}:{year or ''}"
    count = cached_listing_fact(f"{listing}:count", articles.count)
    landmarks = ArticleLandmarks(articles, f"{listing}:landmarks", count)
    paginator = ReversiblePaginator(articles, per_page, count=count, landmarks=landmarks)
    page = paginator.get_page(request.GET.get("page"))
    return {
        "articles": page,
        "filter_form": form,
        "active_topic": topic,
        "active_year": year,
        # What the articles listed depend on, besides the page number: a key for what is cached of them.
        "listing": listing,
    }
