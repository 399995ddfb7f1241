"""Topic: what an article is about; visitors filter the news by it."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet


@register_snippet
class Topic(models.Model):
    name = models.CharField(
        max_length=100, unique=True, help_text="As visitors see it, e.g. 'Online safety'."
    )
    slug = models.SlugField(
        max_length=100, unique=True, help_text="Used in addresses: /news/?topic=online-safety."
    )
    description = models.TextField(blank=True, help_text="One or two sentences on what the topic covers.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
