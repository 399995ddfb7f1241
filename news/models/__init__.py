"""News and campaigns: topics, partner organisations, articles and campaign pages."""

from .articles import NewsArticlePage, NewsArticleQuerySet, NewsIndexPage, RelatedArticle
from .campaigns import CampaignIndexPage, CampaignPage
from .partners import PartnerOrganisation
from .topics import Topic

__all__ = [
    "CampaignIndexPage",
    "CampaignPage",
    "NewsArticlePage",
    "NewsArticleQuerySet",
    "NewsIndexPage",
    "PartnerOrganisation",
    "RelatedArticle",
    "Topic",
]
