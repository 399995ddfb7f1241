"""Realistic, reproducible Knowledge Bank resources for scale tests: `generate_resources` builds them.

Every choice comes from one seeded random generator. Titles and summaries are
stitched from the article generator's phrases about CELCIS's work; each
resource gets a type, one to three topics, a year from 2015 to 2025, one to
three authors (CELCIS people or named outside authors) and a PDF from a small
shared pool whose text was read once.
"""

import datetime
import random
import uuid

from django.utils.text import slugify

from knowledge_bank.models import ResourceAuthor, ResourceFile, ResourcePage

from .article_generator import AUDIENCES, ORGANISATIONS, PEOPLE, SENTENCES, SUBJECTS

FIRST_YEAR, LAST_YEAR = 2015, 2025
TITLES = [
    "{subject_title}: what {people} told us",
    "Evidence review: {subject}",
    "Briefing for {audience} on {subject}",
    "{subject_title} in Scotland: a national picture",
    "Practice guide: {subject} for {audience}",
    "Response to the consultation on {subject}",
    "Learning from {people} about {subject}",
]
OUTSIDE_AUTHORS = [
    ("Anna Berg", "University of Stirling"),
    ("Thomas Mackenzie", "University of Edinburgh"),
    ("Priya Nair", "The Care Inspectorate"),
    ("Rory Campbell", "Social Work Scotland"),
    ("Hannah Doyle", "NSPCC Scotland"),
]
LONDON_NOON = datetime.time(12, 0, tzinfo=datetime.UTC)


class ResourceGenerator:
    """Builds unsaved ResourcePage instances with their rows, ready for ResourceTreeWriter."""

    def __init__(self, *, seed, types, topics, people, documents):
        self.random = random.Random(seed)
        self.types, self.topics, self.people = list(types), list(topics), list(people)
        # [(document, PdfText)]: each file row copies what was read from its document once.
        self.documents = list(documents)

    def resource(self):
        words = {
            "subject": self.random.choice(SUBJECTS),
            "audience": self.random.choice(AUDIENCES),
            "people": self.random.choice(PEOPLE),
            "organisation": self.random.choice(ORGANISATIONS),
        }
        words["subject_title"] = words["subject"][0].upper() + words["subject"][1:]
        title = self.random.choice(TITLES).format(**words)
        title = title[0].upper() + title[1:]
        year = self.random.randint(FIRST_YEAR, LAST_YEAR)
        published_at = datetime.datetime.combine(datetime.date(year, 6, 1), LONDON_NOON)
        resource = ResourcePage(
            title=title,
            slug=slugify(title),
            resource_type=self.random.choice(self.types),
            published_year=year,
            sort_date=datetime.date(year, 1, 1) + datetime.timedelta(days=self.random.randrange(365)),
            summary=" ".join(s.format(**words) for s in self.random.sample(SENTENCES, k=2)),
            body=[],
            publisher="CELCIS",
            first_published_at=published_at,
            last_published_at=published_at,
            translation_key=uuid.uuid4(),
        )
        resource.published_date = resource.sort_date
        resource.topics = self.random.sample(self.topics, k=min(len(self.topics), self.random.randint(1, 3)))
        for name in ("partner_organisations", "related_news", "related_people"):
            setattr(resource, name, [])
        resource.generated_authors = self.authors()
        resource.generated_files = self.files()
        return resource

    def authors(self):
        authors = []
        for _ in range(self.random.randint(1, 3)):
            if self.people and self.random.random() < 0.6:
                authors.append(ResourceAuthor(person=self.random.choice(self.people)))
            else:
                name, organisation = self.random.choice(OUTSIDE_AUTHORS)
                authors.append(ResourceAuthor(name=name, organisation=organisation))
        return authors

    def files(self):
        if not self.documents:
            return []
        document, found = self.random.choice(self.documents)
        return [
            ResourceFile(
                document=document,
                text=found.text,
                page_count=found.page_count,
                text_status=found.status,
                text_file_hash=document.file_hash,
            )
        ]
