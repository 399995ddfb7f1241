"""`python manage.py generate_resources --count N`: publish N realistic resources in the Knowledge Bank.

For scale tests and benches. Live pages with a published revision, their
authors, topics and a PDF each, written in batches by tooling.bulk_publishing.
Run `manage.py update_index` afterwards to make them searchable.
"""

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from wagtail.documents import get_document_model

from knowledge_bank.models import KnowledgeBankPage, ResourceType
from knowledge_bank.pdf_text import read_pdf
from news.models import Topic
from people.models import PersonPage
from tooling.bulk_publishing import ResourceTreeWriter
from tooling.pdf_pages import pdf_bytes
from tooling.resource_generator import ResourceGenerator

from .generate_articles import positive_int

SHARED_DOCUMENTS = 8
# Made when the site has no resource types yet (the demo content adds the full list).
TYPES_IF_NONE = [
    ("Report", "report", "report"),
    ("Briefing", "briefing", "report"),
    ("Booklet", "booklet", "book"),
]


class Command(BaseCommand):
    help = "Publish N generated resources in the Knowledge Bank, in batches. Then run update_index."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=positive_int, required=True, help="How many resources.")
        parser.add_argument("--seed", type=int, default=2024, help="Same seed, same resources. Default 2024.")
        parser.add_argument(
            "--batch-size", type=positive_int, default=1000, help="Resources per transaction. Default 1000."
        )

    def handle(self, *args, count, seed, batch_size, **options):
        library = KnowledgeBankPage.objects.first()
        if library is None:
            raise CommandError(
                "There is no Knowledge Bank yet: run load_demo_content, or add one in the admin."
            )
        topics = list(Topic.objects.all())
        if not topics:
            raise CommandError("There are no topics yet: run load_demo_content, or add some in the admin.")
        generator = ResourceGenerator(
            seed=seed,
            types=self.types(),
            topics=topics,
            people=list(PersonPage.objects.live()),
            documents=self.documents(),
        )
        writer = ResourceTreeWriter(library)
        writer.publish_many(generator.resource, count, batch_size, unit="resource")
        self.stdout.write(
            self.style.SUCCESS(
                f"Published {count} resources under {library.url_path}. "
                "Run `manage.py update_index` to make them searchable."
            )
        )

    def types(self):
        types = list(ResourceType.objects.all())
        if types:
            return types
        return [
            ResourceType.objects.create(name=name, slug=slug, citation_kind=kind)
            for name, slug, kind in TYPES_IF_NONE
        ]

    def documents(self):
        """A few generated PDFs every resource shares, each read once: [(document, PdfText)]."""
        Document = get_document_model()
        pool = []
        for number in range(1, SHARED_DOCUMENTS + 1):
            title = f"Generated resource file {number}"
            document = Document.objects.filter(title=title).first()
            if document is None:
                document = Document(title=title)
                paragraphs = [f"This generated file number {number} stands in for a CELCIS report."] * (
                    3 * number
                )
                document.file.save(
                    f"generated-resource-{number}.pdf", ContentFile(pdf_bytes(title, paragraphs))
                )
                document._set_document_file_metadata()
                document.save()
            pool.append((document, read_pdf(document)))
        return pool
