"""App configuration for news: its editorial sections and the rows it adds to the invalidation table."""

from django.apps import AppConfig

from celcis_site.caching.kinds import ANY_PAGE, SHOWN_ON_PAGES
from celcis_site.caching.triggers import EDITED, EDITED_OR_MOVED, Trigger


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "News"

    # Page types whose subtrees editors work in, under moderation (celcis_site/editorial/sections.py).
    editorial_sections = ("news.NewsIndexPage", "news.CampaignIndexPage")

    # What the mailing list's weekly digest takes from the news (newsletter/digest.py).
    newsletter_digest_sources = (("New articles", "news.digest.new_articles"),)

    # Rows of the invalidation table (celcis_site/caching/table.py). Publishing, unpublishing and
    # scheduled publishing all end in a save; a view restriction takes articles out of the listings
    # and the related articles; an article shows its topics and its related articles' images.
    # fmt: off
    cache_triggers = (
        Trigger("news-pages",        ANY_PAGE,                          EDITED_OR_MOVED, ("news-listing",
                                                                                          "news-fragments")),
        Trigger("news-restrictions", "wagtailcore.PageViewRestriction", EDITED,          ("news-listing",
                                                                                          "news-fragments")),
        Trigger("news-shown",        SHOWN_ON_PAGES,                    EDITED,          (
                                                                                          "news-fragments",)),
    )
    # fmt: on
