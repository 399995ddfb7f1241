"""ResourceType: the kind of publication a resource is (report, booklet, journal paper…), a kept list."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet

from ..kinds import CitationKind


@register_snippet
class ResourceType(models.Model):
    name = models.CharField(max_length=100, unique=True, help_text="As visitors see it, e.g. 'Report'.")
    slug = models.SlugField(
        max_length=100, unique=True, help_text="Used in addresses: /knowledge-bank/?type=report."
    )
    citation_kind = models.CharField(
        max_length=20,
        choices=CitationKind.choices,
        default=CitationKind.REPORT,
        help_text="How citations and search engines describe this type.",
    )
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Types are listed in the library's filters from the lowest number."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("citation_kind"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name
