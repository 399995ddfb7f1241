"""The demo Knowledge Bank: resource types, 11 publications (2015 to 2025), one journal issue with its papers.

Publications are fictional but shaped like CELCIS's own (reports, briefings,
booklets, consultation responses, guidance, a blog post, an infographic, a
podcast), each with authors from /people/ or outside, topics, a drawn cover and
a PDF generated here that carries real text, so searching inside PDFs can be
shown: "homework clubs run by care experienced mentors" is only in the
Virtual School booklet's PDF.
"""

import datetime
import uuid

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.search import index

from knowledge_bank.models import KnowledgeBankPage, ResourceAuthor, ResourceFile, ResourcePage, ResourceType
from tooling.bulk_publishing import ResourceTreeWriter
from tooling.drawn_covers import get_or_create_cover
from tooling.pdf_pages import pdf_bytes

# (name, slug, citation kind, cover colour)
TYPES = [
    ("Report", "report", "report", (75, 42, 107)),
    ("Briefing", "briefing", "report", (0, 74, 143)),
    ("Booklet", "booklet", "book", (31, 107, 82)),
    ("Journal paper", "journal-paper", "article", (128, 57, 30)),
    ("Journal issue", "journal-issue", "issue", (128, 57, 30)),
    ("Consultation response", "consultation-response", "report", (90, 60, 130)),
    ("Guidance", "guidance", "report", (20, 90, 110)),
    ("Blog post", "blog-post", "other", (60, 60, 70)),
    ("Infographic", "infographic", "other", (170, 70, 40)),
    ("Podcast", "podcast", "other", (40, 100, 140)),
    ("Video", "video", "other", (40, 100, 140)),
    ("Webinar recording", "webinar-recording", "other", (40, 100, 140)),
]
BOOKLET = "Scotland's Virtual School Head Teachers and Care Experienced Teams Network"
JOURNAL = "Scottish Journal of Residential Child Care"
PDF_ONLY_PHRASE = "homework clubs run by care experienced mentors"

# slug, title, type, year, topics, authors (person slugs, or (name, organisation)), summary, PDF paragraphs
RESOURCES = [
    (
        "virtual-school-head-teachers-network",
        BOOKLET,
        "booklet",
        2021,
        ["care-experience"],
        ["fiona-macleod", "morag-lindsay"],
        "How Virtual School Head Teachers and care experienced teams across Scotland work together to "
        "support "
        "the education of care experienced children and young people.",
        [
            "The network brings together every local authority's Virtual School Head Teacher and care "
            "experienced "
            "team to share what works.",
            f"One authority described {PDF_ONLY_PHRASE}, which raised attendance in the first year.",
        ],
    ),
    (
        "kinship-care-in-scotland",
        "Kinship care in Scotland: what carers told us",
        "report",
        2016,
        ["care-experience", "research"],
        ["ewan-fraser", ("Thomas Mackenzie", "University of Edinburgh")],
        "A national survey of kinship carers on the support they receive and the support they need.",
        [
            "Kinship carers told us that timely financial support and advice made the greatest difference.",
            "Most carers were grandparents, many caring for brothers and sisters together.",
        ],
    ),
    (
        "online-safety-residential-care",
        "Staying safe online in residential care",
        "briefing",
        2018,
        ["online-safety", "care-experience"],
        ["aisha-rahman"],
        "What residential care staff can do to help young people stay safe online without cutting them off.",
        [
            "Young people valued staff who talked with them about their online lives "
            "rather than banning devices."
        ],
    ),
    (
        "child-protection-data-2019",
        "Child protection in numbers: a decade of data",
        "report",
        2019,
        ["child-protection", "research"],
        ["callum-reid", "ewan-fraser"],
        "Trends in child protection registrations, referrals and re-registrations "
        "across Scotland's councils.",
        ["Registrations rose in the middle of the decade and have fallen since, with wide local variation."],
    ),
    (
        "consultation-response-children-care-bill",
        "Response to the consultation on children's care reform",
        "consultation-response",
        2022,
        ["care-experience", "child-protection"],
        ["morag-lindsay"],
        "CELCIS's response to the Scottish Government consultation on reforming children's care.",
        ["We support a single, rights-based framework for the care and protection of children."],
    ),
    (
        "trauma-informed-practice-guide",
        "Trauma-informed practice: a guide for residential teams",
        "guidance",
        2020,
        ["care-experience"],
        ["james-okafor", ("Priya Nair", "The Care Inspectorate")],
        "Practical guidance on relationships, routines and reflection for residential child care teams.",
        ["Predictable routines and consistent relationships help children feel safe enough to learn."],
    ),
    (
        "blog-listening-to-children",
        "Why listening to children is where good practice starts",
        "blog-post",
        2023,
        ["child-protection"],
        ["morag-lindsay"],
        "A reflection on what changes when services start from what children and young people tell them.",
        ["When children are listened to, plans are more likely to hold."],
    ),
    (
        "permanence-infographic",
        "Permanence for children in care: the journey in one page",
        "infographic",
        2017,
        ["care-experience", "research"],
        ["ewan-fraser"],
        "The steps and timescales from a child becoming looked after to a permanent home, at a glance.",
        ["Delays in decision making remain the largest source of drift for children waiting for permanence."],
    ),
    (
        "podcast-secure-care",
        "Podcast: voices from secure care",
        "podcast",
        2024,
        ["care-experience"],
        [("Hannah Doyle", "NSPCC Scotland"), "james-okafor"],
        "Young people and staff talk about life in secure care and what helps when it is time to leave.",
        [
            "Transcript. Young people described the first night as the hardest, "
            "and trusted staff as what helped."
        ],
    ),
    (
        "online-harms-evidence-review",
        "Online harms and children in care: an evidence review",
        "report",
        2025,
        ["online-safety", "research"],
        ["aisha-rahman", "callum-reid"],
        "What the research says about the online risks children in care face, and what protects them.",
        ["Children in care face the same online risks as their peers, with fewer trusted adults to turn to."],
    ),
    (
        "corporate-parenting-briefing",
        "Corporate parenting: duties in practice",
        "briefing",
        2015,
        ["care-experience"],
        [("Rory Campbell", "Social Work Scotland")],
        "A short briefing on the duties of corporate parents and how organisations are meeting them.",
        ["Every corporate parent must be alert to matters that might harm the wellbeing of care leavers."],
    ),
]

ISSUE = {
    "slug": "sjrcc-volume-23-issue-1",
    "title": f"{JOURNAL}: Volume 23, Issue 1",
    "year": 2024,
    "summary": "Papers on relationships, night-time care and leaving care, "
    "with an editorial and a book review.",
}
# title, section, position, pages, authors, summary
PAPERS = [
    (
        "Editorial: relationships first",
        "editorial",
        0,
        "1-3",
        ["ewan-fraser"],
        "The editors introduce an issue about the relationships at the heart of residential child care.",
    ),
    (
        "Night staff and the rhythm of the house",
        "original-research",
        1,
        "4-22",
        [("Thomas Mackenzie", "University of Edinburgh"), "aisha-rahman"],
        "An ethnographic study of how night staff shape young people's sense of safety.",
    ),
    (
        "Leaving residential care at eighteen: young people's accounts",
        "original-research",
        2,
        "23-41",
        ["callum-reid"],
        "Interviews with care leavers on the months before and after leaving.",
    ),
    (
        "Review of 'Love in Care'",
        "reviews",
        0,
        "42-44",
        [("Priya Nair", "The Care Inspectorate")],
        "A review of a new book on love, care and professional boundaries.",
    ),
]


def _author(spec, people):
    if isinstance(spec, tuple):
        name, organisation = spec
        return ResourceAuthor(name=name, organisation=organisation)
    return ResourceAuthor(person=people[spec])


def _pdf(title, paragraphs, pages=1):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(
            f"{slugify(title)[:80]}.pdf", ContentFile(pdf_bytes(title, paragraphs, min_pages=pages))
        )
        document._set_document_file_metadata()
        document.save()
    return document


def ensure_types():
    types = {}
    for order, (name, slug, kind, colour) in enumerate(TYPES):
        types[slug], _ = ResourceType.objects.get_or_create(
            slug=slug, defaults={"name": name, "citation_kind": kind, "sort_order": order}
        )
        types[slug].colour = colour
    return types


class MissingResources:
    """The demo resources not there yet, published together as the bulk generator does.

    One batch of a few statements instead of three saves, a revision and a publish
    per page: the demo loads in many tests, so its cost counts. Each page gets its
    published revision, history and search index entry as if an editor had made it.
    """

    def __init__(self, library):
        self.library = library
        self.existing = {page.slug: page for page in ResourcePage.objects.child_of(library)}
        self.pending = []
        self.created = 0

    def ensure(self, slug, *, topics, authors=(), files=(), **fields):
        if slug in self.existing:
            return self.existing[slug]
        now = timezone.now()
        year = fields["published_year"]
        page = ResourcePage(
            slug=slug,
            first_published_at=now,
            last_published_at=now,
            translation_key=uuid.uuid4(),
            sort_date=fields.get("published_date") or datetime.date(year, 1, 1),
            body=[],
            **fields,
        )
        for name in ("partner_organisations", "related_news", "related_people"):
            setattr(page, name, [])
        page.topics = topics
        page.generated_authors = list(authors)
        page.generated_files = list(files)
        for attached in page.generated_files:
            attached.read_text()
        self.pending.append(page)
        self.existing[slug] = page
        return page

    def publish(self):
        if self.pending:
            ResourceTreeWriter(self.library).publish(self.pending)
            for page in self.pending:
                index.insert_or_update_object(page)
            self.created += len(self.pending)
            self.pending = []


def ensure_knowledge_bank(ensure_child, home, topics, people):
    """The library and its demo publications, created if missing; returns the library and how many
    resources were created."""
    types = ensure_types()
    library = ensure_child(
        home,
        KnowledgeBankPage,
        "knowledge-bank",
        title="Knowledge Bank",
        introduction="CELCIS's reports, briefings, guidance and journal: search, filter and cite them.",
    )
    missing = MissingResources(library)
    for slug, title, kind, year, topic_slugs, authors, summary, paragraphs in RESOURCES:
        missing.ensure(
            slug,
            title=title,
            resource_type=types[kind],
            published_year=year,
            published_date=datetime.date(year, 3 + len(title) % 9, 10),
            summary=summary,
            publisher="CELCIS",
            licence="CC BY-NC 4.0",
            topics=[topics[topic] for topic in topic_slugs],
            cover_image=get_or_create_cover(title, types[kind].name, types[kind].colour),
            authors=[_author(author, people) for author in authors],
            files=[ResourceFile(document=_pdf(title, [summary, *paragraphs], pages=2))],
        )
    issue = missing.ensure(
        ISSUE["slug"],
        title=ISSUE["title"],
        resource_type=types["journal-issue"],
        published_year=ISSUE["year"],
        summary=ISSUE["summary"],
        publisher="CELCIS",
        licence="CC BY-NC 4.0",
        journal_title=JOURNAL,
        volume="23",
        issue_number="1",
        issn="1478-1840",
        topics=[topics["care-experience"]],
        cover_image=get_or_create_cover(ISSUE["title"], "Journal issue", types["journal-issue"].colour),
        files=[
            ResourceFile(
                document=_pdf(ISSUE["title"], [p[5] for p in PAPERS], pages=4),
                label="Download the whole issue",
            )
        ],
    )
    # The papers name the issue: it is stored first.
    missing.publish()
    for title, section, position, pages, authors, summary in PAPERS:
        missing.ensure(
            slugify(title),
            title=title,
            resource_type=types["journal-paper"],
            published_year=ISSUE["year"],
            summary=summary,
            publisher="CELCIS",
            part_of=issue,
            section=section,
            position=position,
            pages=pages,
            topics=[topics["care-experience"], topics["research"]],
            authors=[_author(author, people) for author in authors],
            files=[ResourceFile(document=_pdf(title, [summary], pages=1), label="Read the paper")],
        )
    missing.publish()
    return library, missing.created
