"""Realistic, reproducible news articles for load testing: `generate_articles` builds them.

Every choice comes from one seeded random generator, so the same seed and end
date give the same articles. Titles, introductions and bodies are stitched
from phrases about CELCIS's work; bodies use the same StreamField blocks an
editor would (headings, paragraphs, quotes, key facts, captioned images).
"""

import datetime
import random
import uuid
from zoneinfo import ZoneInfo

from django.utils.text import slugify

from news.models import NewsArticlePage

YEARS_OF_NEWS = 10
LONDON = ZoneInfo("Europe/London")
# The share of articles an editor gives a listing image; the rest show none.
SHARE_WITH_LISTING_IMAGE = 0.7

SUBJECTS = [
    "online safety",
    "kinship care",
    "corporate parenting",
    "child protection planning",
    "secure care",
    "permanence planning",
    "trauma-informed practice",
    "keeping The Promise",
    "children's rights",
    "continuing care",
    "throughcare and aftercare",
    "brothers and sisters in care",
    "education outcomes",
    "children's mental health",
    "neglect",
    "criminal exploitation",
    "early help for families",
    "independent advocacy",
    "disabled children",
    "family support",
    "live streaming and online abuse",
    "residential childcare",
    "adoption",
    "foster care",
]
AUDIENCES = [
    "social workers",
    "teachers",
    "foster carers",
    "kinship carers",
    "residential care workers",
    "health visitors",
    "police officers",
    "parents and carers",
    "children's hearings panel members",
    "youth workers",
]
PEOPLE = [
    "care-experienced young people",
    "children in residential care",
    "young carers",
    "families under pressure",
    "young people leaving care",
    "children on the child protection register",
]
ORGANISATIONS = [
    "CELCIS",
    "The Care Inspectorate",
    "The Scottish Government",
    "NSPCC Scotland",
    "Children's Hearings Scotland",
    "The University of Strathclyde",
    "Social Work Scotland",
]
TITLES = [
    "New guidance for {audience} on {subject}",
    "{organisation} publishes a report on {subject}",
    "What the evidence says about {subject}",
    "Listening to {people} about {subject}",
    "Conference round-up: {subject}",
    "Consultation opens on {subject}",
    "Supporting {people}: a new approach to {subject}",
    "Five things {audience} should know about {subject}",
    "Funding announced for work on {subject}",
    "Webinar: {subject} in practice",
    "Training for {audience} on {subject} is now open",
    "{organisation} and CELCIS join forces on {subject}",
]
SENTENCES = [
    "{organisation} has worked with {audience} across Scotland to understand {subject} better.",
    "Research shows that {people} do best when the adults around them work together.",
    "The new resources on {subject} were written with {people}, and tested with {audience}.",
    "Practitioners told us that clear, current guidance on {subject} makes a real difference.",
    "We will publish what we learn, so that services everywhere can use it.",
    "Our work on {subject} is shaped by what {people} tell us matters to them.",
    "The findings will inform policy and practice in local authorities and health boards.",
    "If you are worried about a child, you can find out who to talk to on our website.",
    "Local services reported that {audience} need more time to build relationships with {people}.",
    "The evidence on {subject} is growing, but important questions remain open.",
]
QUOTES = [
    "Every child deserves to grow up loved, safe and respected.",
    "Listening to children is where good practice starts.",
    "Knowledge goes out of date more quickly than many people realise.",
    "Relationships are at the heart of everything we do.",
]
QUOTED = ["A young person with experience of care", "A foster carer", "A social worker", "CELCIS's director"]
FACTS = [
    "Most children in care in Scotland live with foster or kinship carers.",
    "Young people can stay in their care placement until they are 21.",
    "Every local authority is a corporate parent.",
    "Childline is free and confidential on 0800 1111.",
    "The NSPCC helpline for adults is on 0808 800 5000.",
    "Brothers and sisters in care should be kept together where it is right for them.",
]
HEADINGS = ["Why this matters", "What we found", "What happens next", "Find out more", "Background"]


class ArticleGenerator:
    """Builds unsaved NewsArticlePage instances, topics chosen, ready for bulk publishing."""

    def __init__(self, *, seed, topics, images, end_date):
        self.random = random.Random(seed)
        self.topics = list(topics)
        self.images = list(images)
        self.end_date = end_date
        self.days_of_news = (end_date - end_date.replace(year=end_date.year - YEARS_OF_NEWS)).days

    def article(self):
        words = {
            "subject": self.random.choice(SUBJECTS),
            "audience": self.random.choice(AUDIENCES),
            "people": self.random.choice(PEOPLE),
            "organisation": self.random.choice(ORGANISATIONS),
        }
        title = self.random.choice(TITLES).format(**words)
        title = title[0].upper() + title[1:]
        published_on = self.end_date - datetime.timedelta(days=self.random.randrange(self.days_of_news))
        published_at = datetime.datetime.combine(
            published_on,
            datetime.time(self.random.randrange(8, 18), self.random.randrange(60)),
            tzinfo=LONDON,
        )
        article = NewsArticlePage(
            title=title,
            slug=slugify(title),
            publication_date=published_on,
            first_published_at=published_at,
            last_published_at=published_at,
            introduction=self.paragraph(words, sentences=2),
            listing_image=self.listing_image(),
            body=self.body(words),
            # An identity, not content: unique on every run, whatever the seed.
            translation_key=uuid.uuid4(),
        )
        article.topics = self.random.sample(self.topics, k=min(len(self.topics), self.random.randint(1, 3)))
        return article

    def listing_image(self):
        if self.images and self.random.random() < SHARE_WITH_LISTING_IMAGE:
            return self.random.choice(self.images)
        return None

    def uuid(self):
        return uuid.UUID(int=self.random.getrandbits(128), version=4)

    def paragraph(self, words, *, sentences):
        return " ".join(sentence.format(**words) for sentence in self.random.sample(SENTENCES, k=sentences))

    def body(self, words):
        """Raw StreamField data, as the admin's form would save it (each block with an id)."""
        blocks = [self.block("paragraph", f"<p>{self.paragraph(words, sentences=3)}</p>")]
        for _ in range(self.random.randint(1, 3)):
            blocks.append(
                self.block("heading", {"text": self.random.choice(HEADINGS), "level": "h2"}),
            )
            blocks.append(self.block("paragraph", f"<p>{self.paragraph(words, sentences=4)}</p>"))
            extra = self.random.random()
            if extra < 0.2:
                blocks.append(
                    self.block(
                        "quote",
                        {"quote": self.random.choice(QUOTES), "attribution": self.random.choice(QUOTED)},
                    )
                )
            elif extra < 0.35:
                facts = [self.block("item", fact) for fact in self.random.sample(FACTS, k=3)]
                blocks.append(self.block("key_facts", {"heading": "Key facts", "facts": facts}))
            elif extra < 0.45 and self.images:
                image = self.random.choice(self.images)
                blocks.append(
                    self.block(
                        "image",
                        {
                            "image": {"image": image.pk, "alt_text": image.title, "decorative": False},
                            "caption": f"More on {words['subject']}.",
                        },
                    )
                )
        return blocks

    def block(self, block_type, value):
        return {"type": block_type, "value": value, "id": str(self.uuid())}
