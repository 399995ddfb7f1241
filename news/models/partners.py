"""PartnerOrganisation: an organisation that leads or supports a campaign."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet


@register_snippet
class PartnerOrganisation(models.Model):
    name = models.CharField(max_length=200, unique=True, help_text="The organisation's full name.")
    url = models.URLField(blank=True, help_text="The organisation's website.")
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown on campaign pages; its alt text is the organisation's name.",
    )

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("logo")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
