"""Legal pages: the privacy notice and the accessibility statement.

AbstractLegalPage carries what every legal page shows: a "last updated" date
editors set, and a table of contents built from the body's section headings,
each of which gets an anchor. `templates/pages/includes/legal_contents.html`
and `legal_body.html` render them, so another legal page type can inherit the
fields and include the same two template parts. (The cookies page is its own
type, consent.CookiesPage, with the cookie settings form.)
"""

from dataclasses import dataclass
from functools import cached_property

from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import BodyBlock
from .base import BasePage


@dataclass(frozen=True)
class BodySection:
    """A block of the body, with the anchor its heading is linked by (None for other blocks)."""

    block: object
    anchor: str | None


@dataclass(frozen=True)
class ContentsEntry:
    anchor: str
    text: str


class AbstractLegalPage(BasePage):
    introduction = models.TextField(
        blank=True, help_text="One or two sentences under the title saying what this page covers."
    )
    last_updated = models.DateField(
        help_text="Shown under the title. Change it when what the page says changes, not for a typo."
    )
    body = StreamField(
        BodyBlock(),
        help_text="The text. Each section heading (h2) is listed in the contents at the top of the page.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("last_updated"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True

    @cached_property
    def body_sections(self):
        """Every body block in order; headings with a unique anchor made from their words."""
        sections, used = [], set()
        for block in self.body:
            anchor = None
            if block.block_type == "heading":
                base = slugify(block.value["text"]) or "section"
                anchor, number = base, 1
                while anchor in used:
                    number += 1
                    anchor = f"{base}-{number}"
                used.add(anchor)
            sections.append(BodySection(block, anchor))
        return sections

    @cached_property
    def table_of_contents(self):
        """The section headings (h2), linked to their anchors; subsections stay out to keep it short."""
        return [
            *(
                ContentsEntry(section.anchor, section.block.value["text"])
                for section in self.body_sections
                if section.anchor and section.block.value["level"] == "h2"
            ),
            *self.generated_contents(),
        ]

    def generated_contents(self):
        """Entries for sections the page type's template adds after the body (none here)."""
        return []


class LegalPage(AbstractLegalPage):
    """The privacy notice and the accessibility statement."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "legal page"
