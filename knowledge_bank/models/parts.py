"""The rows inside a resource: authors in order, files (with their text for search), related resources."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from ..pdf_text import READ, read_pdf


class ResourceAuthor(Orderable):
    """One author: a person from /people/, or a named author from elsewhere with their organisation."""

    resource = ParentalKey("knowledge_bank.ResourcePage", on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "people.PersonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resource_authorships",
        help_text="Their page in People, if they have one: the resource is then listed on it.",
    )
    name = models.CharField(
        max_length=150,
        blank=True,
        help_text="For an author without a page: 'Jane Smith', or 'van der Berg, Anna' when the family name "
        "has several words. Leave empty with a person chosen, or for an organisation as author.",
    )
    organisation = models.CharField(
        max_length=200,
        blank=True,
        help_text="Where they work, e.g. 'University of Stirling'; alone, the organisation is the author.",
    )

    panels = [FieldPanel("person"), FieldPanel("name"), FieldPanel("organisation")]

    def __str__(self):
        return self.display_name

    def clean(self):
        super().clean()
        if not (self.person_id or self.name.strip() or self.organisation.strip()):
            raise ValidationError({"name": "Choose the author's page, or enter their name or organisation."})

    @property
    def display_name(self):
        if self.person_id:
            return self.person.title
        if self.name:
            family, given = self.name_parts
            return f"{given} {family}".strip()
        return self.organisation

    @property
    def name_parts(self):
        """(family name, given names); ('', '') for an organisation as author."""
        if self.person_id:
            family = self.person.family_name
            given = self.person.title.removesuffix(family).strip()
            return family, given
        name = " ".join(self.name.split())
        if "," in name:
            family, given = (part.strip() for part in name.split(",", 1))
            return family, given
        given, _, family = name.rpartition(" ")
        return family, given

    @property
    def is_organisation(self):
        return not self.person_id and not self.name.strip()


class ResourceFile(Orderable):
    """A download: the document, its label, and what was read from it (page count, text for search)."""

    resource = ParentalKey("knowledge_bank.ResourcePage", on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="The file; a PDF's text is made searchable when the resource is saved.",
    )
    label = models.CharField(
        max_length=100,
        blank=True,
        help_text="What the link says, e.g. 'Read the report'; empty gives 'Read the <type>'.",
    )
    page_count = models.PositiveIntegerField(null=True, blank=True, editable=False)
    # Not in revisions (serialize=False): a long report's text in every autosaved revision would
    # swell the revision table; a published revision's file takes it back from the stored row.
    text = models.TextField(blank=True, editable=False, serialize=False)
    text_status = models.CharField(max_length=20, blank=True, editable=False)
    # The document's file hash the text was read from: a new file is read again.
    text_file_hash = models.CharField(max_length=40, blank=True, editable=False)

    panels = [FieldPanel("document"), FieldPanel("label")]

    def read_text(self):
        """Read the document's text and page count, unless they were read from this very file."""
        document = self.document
        if self.text_status and self.text_file_hash == (document.file_hash or ""):
            if self.text_status == READ and not self.text:
                self.text = self.already_read_text()
            return False
        found = read_pdf(document)
        self.text, self.page_count, self.text_status = found.text, found.page_count, found.status
        self.text_file_hash = document.file_hash or ""
        return True

    def already_read_text(self):
        """The text stored for this very file (same document and hash), from any resource's row."""
        stored = ResourceFile.objects.filter(
            document_id=self.document_id, text_file_hash=self.text_file_hash, text_status=READ
        ).exclude(text="")
        return stored.values_list("text", flat=True).first() or ""

    def save(self, *args, **kwargs):
        if self.document_id:
            self.read_text()
        super().save(*args, **kwargs)

    @property
    def file_type(self):
        return (self.document.file_extension or "file").upper()

    @property
    def description(self):
        """'PDF, 1.2 MB, 48 pages': what visitors see before downloading."""
        parts = [self.file_type]
        size = self.document.file_size
        if size:
            parts.append(_human_size(size))
        if self.page_count:
            parts.append(f"{self.page_count} page{'s' if self.page_count != 1 else ''}")
        return ", ".join(parts)


def _human_size(size):
    if size < 1000 * 1000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1000 / 1000:.1f} MB"


class RelatedResource(Orderable):
    resource = ParentalKey(
        "knowledge_bank.ResourcePage", on_delete=models.CASCADE, related_name="related_resource_links"
    )
    related = models.ForeignKey("knowledge_bank.ResourcePage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("related", help_text="A resource to suggest with this one.")]
