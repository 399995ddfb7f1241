"""Demo events, dated from the day the loader runs: three coming up, three past with their recordings.

Coming up: a webinar on the Virtual School Head Teachers network, the CELCIS
Annual Lecture, and a residential child care community day in Glasgow that
takes bookings on this site with a small capacity. Past: three webinars with
a recording, a transcript and a related resource.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document

from events.models import EventFormat, EventIndexPage, EventPage, EventSpeaker, Registration
from events.when import LONDON
from people.models import PersonPage

BOOKLET_URL = "https://www.celcis.org.uk/knowledge-bank/search-bank/"

UPCOMING = [
    {
        "slug": "virtual-school-head-teachers-network-webinar",
        "title": "Scotland's Virtual School Head Teachers network: what we have learned",
        "days": 10,
        "time": (10, 0),
        "hours": 1.5,
        "event_format": EventFormat.ONLINE,
        "platform": "Microsoft Teams",
        "registration": Registration.ON_SITE,
        "capacity": 100,
        "audience": "Teachers, virtual school head teachers and care experienced teams",
        "summary": "How virtual school head teachers across Scotland support the education of care "
        "experienced children, and what the network has learned together.",
        "speakers": [("Dr Anna Reid", "Education Lead", "CELCIS")],
        "topics": ["care-experience"],
    },
    {
        "slug": "celcis-annual-lecture",
        "title": "The CELCIS Annual Lecture",
        "days": 35,
        "time": (17, 30),
        "hours": 1.5,
        "event_format": EventFormat.HYBRID,
        "platform": "Microsoft Teams",
        "venue_name": "Technology and Innovation Centre, University of Strathclyde",
        "venue_address": "99 George Street\nGlasgow\nG1 1RD",
        "registration": Registration.ON_SITE,
        "capacity": 150,
        "audience": "Everyone with an interest in children's care and protection",
        "summary": "Our yearly lecture on children's care and protection, in Glasgow and online, "
        "followed by questions from the audience.",
        "speakers": [
            ("Professor Kate Steele", "Guest lecturer", "University of Glasgow"),
        ],
        # The chair has a page in People: the name links to it.
        "people": ["morag-lindsay"],
        "topics": ["child-protection", "research"],
    },
    {
        "slug": "residential-child-care-community-day",
        "title": "Residential child care community day",
        "days": 21,
        "time": (10, 0),
        "hours": 5.5,
        "event_format": EventFormat.IN_PERSON,
        "venue_name": "Curran Building, University of Strathclyde",
        "venue_address": "94 Cathedral Street\nGlasgow\nG4 0LG",
        "registration": Registration.ON_SITE,
        "capacity": 12,
        "audience": "Residential child care workers and managers in Scotland",
        "summary": "A day bringing the residential child care community in Scotland together: "
        "workshops, stories from practice and time to talk. Places are few, so book early.",
        "speakers": [("Mark Smith", "Facilitator", "CELCIS")],
        "topics": ["care-experience"],
    },
]

PAST = [
    {
        "slug": "trauma-informed-practice-webinar",
        "legacy_slug": "webinar-trauma-informed-practice",
        "title": "Webinar: trauma-informed practice in residential care",
        "days": -21,
        "related_article": "listening-to-care-experienced-young-people",
        "summary": "How residential care teams put trauma-informed practice to work day to day.",
        "topics": ["care-experience"],
    },
    {
        "slug": "online-harm-webinar",
        "title": "Webinar: keeping children safe from online harm",
        "days": -63,
        "related_article": "new-resources-for-practitioners-on-online-harm",
        "summary": "What practitioners need to know about live streaming and online abuse.",
        "topics": ["online-safety", "child-protection"],
    },
    {
        "slug": "listening-to-children-webinar",
        "title": "Webinar: listening to children in child protection",
        "days": -120,
        "related_article": "research-round-up-child-protection-in-a-digital-world",
        "summary": "What research says about hearing children's views when decisions are made about them.",
        "topics": ["child-protection", "research"],
    },
]


def _at(days, time=(10, 0)):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(*time), tzinfo=LONDON)


def _transcript(title):
    name = f"Transcript: {title}"
    existing = Document.objects.filter(title=name).first()
    if existing:
        return existing
    document = Document(title=name)
    document.file.save(
        f"transcript-{len(title)}.txt",
        ContentFile(f"{title}\n\nTranscript of the recording.\n".encode()),
        save=False,
    )
    document.save()
    return document


def _about(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def ensure_events(ensure_child, home, news_index, topics):
    index = ensure_child(
        home,
        EventIndexPage,
        "events",
        title="Events",
        introduction="Webinars, lectures, network meetings and community days from CELCIS.",
        past_introduction="Events that have taken place; many have a recording and a transcript.",
    )
    for spec in UPCOMING:
        start = _at(spec["days"], spec["time"])
        ensure_child(
            index,
            EventPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            start=start,
            end=start + datetime.timedelta(hours=spec["hours"]),
            event_format=spec["event_format"],
            platform=spec.get("platform", ""),
            venue_name=spec.get("venue_name", ""),
            venue_address=spec.get("venue_address", ""),
            registration=spec["registration"],
            capacity=spec["capacity"],
            audience=spec["audience"],
            body=_about(spec["summary"]),
            speakers=[EventSpeaker(name=n, role=r, organisation=o) for n, r, o in spec["speakers"]]
            + [
                EventSpeaker(person=person, role="Chair", organisation="CELCIS")
                for person in PersonPage.objects.filter(slug__in=spec.get("people", []))
            ],
            topics=[topics[slug] for slug in spec["topics"]],
        )
    for spec in PAST:
        start = _at(spec["days"], (14, 0))
        article = news_index.get_children().filter(slug=spec["related_article"]).first()
        related = [
            {"type": "link", "value": {"title": "Related booklet in the Knowledge Bank", "url": BOOKLET_URL}}
        ]
        if article:
            related.insert(0, {"type": "page", "value": article.pk})
        ensure_child(
            index,
            EventPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            legacy_slug=spec.get("legacy_slug", ""),
            start=start,
            end=start + datetime.timedelta(hours=1),
            event_format=EventFormat.ONLINE,
            platform="Microsoft Teams",
            host="CELCIS",
            body=_about(spec["summary"]),
            recording=[
                {
                    "type": "video",
                    "value": {
                        "embed": "https://www.youtube.com/watch?v=celcis-demo",
                        "title": f"Recording: {spec['title']}",
                        "caption": "The full recording of the webinar.",
                    },
                }
            ],
            transcript=_transcript(spec["title"]),
            related=related,
            speakers=[EventSpeaker(name="Dr Anna Reid", role="Presenter", organisation="CELCIS")],
            topics=[topics[slug] for slug in spec["topics"]],
        )
    return index
