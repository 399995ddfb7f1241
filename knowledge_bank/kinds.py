"""CitationKind: how reference managers and search engines class a resource type."""

from django.db import models


class CitationKind(models.TextChoices):
    """How reference managers and search engines class a type: picks the BibTeX, RIS and schema.org types."""

    REPORT = "report", "Report (reports, briefings, guidance, consultation responses)"
    ARTICLE = "article", "Journal article (papers in a journal)"
    ISSUE = "issue", "Journal issue (a whole issue, listing its papers)"
    BOOK = "book", "Book or booklet"
    OTHER = "other", "Other work (blog posts, infographics, recordings)"
