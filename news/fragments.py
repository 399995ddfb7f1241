"""News shown on pages as HTML rendered once per generation: articles, the index, campaigns, the home page.

`shared_fragment()` keeps it; the pages render their parts (news/models, celcis_site/home).

Finding an article's related articles and rendering their cards was most of
what an article page cost (four queries, their image renditions, a dozen
template nodes a card); a campaign's partners and news, the news index's
cards and the home page's latest news and current campaigns likewise. The
HTML is the same for every visitor of a host, and changes only when a page,
a topic, an image or a view restriction does: the news app's rows in the
invalidation table (news/apps.py) bump "news-fragments" on each of those, so
an editor's change shows on the next request. A preview (an editor's unsaved
changes) is rendered afresh, never stored.
"""

from django.template.loader import render_to_string

from celcis_site.caching.versioned import VersionedCache
from celcis_site.pages.visibility import is_visible

NEWS_FRAGMENTS = VersionedCache(
    "news-fragments",
    # A safety net only: every change that matters bumps the generation at once.
    timeout=60 * 60 * 24,
    description="an article's topics, campaign and related articles; the home page's news, as HTML",
    local=True,
)


def article_extras(article, request):
    """{"footer": the topics and campaign, "related": the related articles}: HTML for `article`.

    Rendered with the request only for the addresses of the links (keyed on the
    host, as every visitor of that host sees them); nothing else from it shows.
    """

    def render():
        context = {
            "request": request,
            "topics": list(article.topics.all()),
            "campaign": article.campaign if article.campaign and is_visible(article.campaign) else None,
            "news_index_url": article.parent_url(request),
            "related_articles": article.related_articles(),
        }
        return {
            "footer": render_to_string("news/includes/article_footer.html", context),
            "related": render_to_string("news/includes/related_articles.html", context),
        }

    return shared_fragment(request, f"article:{article.pk}", render)


def shared_fragment(request, name, render):
    """`render()`'s value, kept for every visitor of the request's host (scheme and host, as links use)."""
    if getattr(request, "is_preview", False):
        # A preview shows an editor's unsaved changes: never the live page's HTML, never stored.
        return render()
    return NEWS_FRAGMENTS.get_or_compute(f"{name}:{request.scheme}://{request.get_host()}", render)
