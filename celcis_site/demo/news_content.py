"""Demo topics, partners, the #WhoIsSam campaign and a few years of articles.

Enough variety (four topics, articles from 2018 to the day the demo is loaded)
for the news filters and pagination to have something to show. The newest
articles are dated in days before the load day, so the demo never looks stale.
"""

import datetime

from . import article_bodies, legal_content, seed_article

TOPICS = [
    ("Online safety", "online-safety", "Keeping children safe on the internet, and what adults can do."),
    ("Child protection", "child-protection", "Protecting children from abuse, neglect and exploitation."),
    ("Care experience", "care-experience", "The lives of children and young people in care, and after care."),
    ("Research", "research", "What the evidence says, and what CELCIS is finding out."),
]

# (name, initials, website, colour of the emblem in the drawn logo)
PARTNERS = [
    ("National Crime Agency", "NCA", "https://www.nationalcrimeagency.gov.uk/", (31, 41, 51)),
    ("National Police Chiefs' Council", "NPCC", "https://www.npcc.police.uk/", (0, 48, 135)),
]

# The footer's link to the host university, and the accounts it lists under "Contact us".
UNIVERSITY_LINK = {"url": "https://www.strath.ac.uk/", "label": "University of Strathclyde"}
SOCIAL_LINKS = [
    {"label": "LinkedIn", "url": "https://www.linkedin.com/company/celcis/"},
    {"label": "YouTube", "url": "https://www.youtube.com/@CELCISTV"},
    {"label": "Bluesky", "url": "https://bsky.app/profile/celcis.bsky.social"},
]

CAMPAIGN = {
    "slug": "whoissam",
    "title": "#WhoIsSam: live streaming and online abuse",
    "hashtag": "#WhoIsSam",
    "summary": (
        "A campaign by the National Crime Agency and the National Police Chiefs' Council that helps "
        "parents and carers understand how offenders use live streaming to approach children, and "
        "start a conversation about staying safe online."
    ),
    "start_date": datetime.date(2017, 12, 5),
    # The NCA published the animation on its channel; offline, the page shows this as a link.
    "animation_url": "https://www.youtube.com/user/NationalCrimeAgency",
    "animation_title": "#WhoIsSam: an animation narrated by the fictional Sam",
    "report_url": seed_article.DIGITAL_CHILDHOOD_REPORT_URL,
}

ARTICLES = [
    {
        "slug": "talking-to-children-about-live-streaming",
        "title": "Talking to children about live streaming: a guide for parents and carers",
        "date": datetime.date(2018, 2, 6),
        "topics": ["online-safety"],
        "campaign": True,
        "introduction": (
            "Following the #WhoIsSam campaign, we have gathered practical advice for parents and "
            "carers on starting a conversation about live streaming with children of different ages."
        ),
        "facts": [
            "Ask children which apps they use, and let them show you how.",
            "Agree together what to do if something online worries them.",
            "Keep talking: what children use changes quickly.",
        ],
    },
    {
        "slug": "new-resources-for-practitioners-on-online-harm",
        "title": "New resources for practitioners on online harm",
        "date": datetime.date(2018, 9, 18),
        "topics": ["online-safety", "child-protection"],
        "campaign": False,
        "introduction": (
            "Social workers, teachers and foster carers told us they wanted clear, current guidance "
            "on online harm. Our new collection of resources brings it together in one place."
        ),
        "facts": [],
    },
    {
        "slug": "listening-to-care-experienced-young-people",
        "title": "Listening to care-experienced young people",
        "date": datetime.date(2019, 5, 14),
        "topics": ["care-experience"],
        "campaign": False,
        "introduction": (
            "Young people with experience of care spoke to us about what made a difference to them. "
            "Their views are shaping the support we help services to design."
        ),
        "facts": [],
    },
    {
        "slug": "research-round-up-child-protection-in-a-digital-world",
        "title": "Research round-up: child protection in a digital world",
        "date": datetime.date(2019, 11, 26),
        "topics": ["research", "child-protection"],
        "campaign": False,
        "introduction": (
            "A summary of recent research on how children's lives online affect the work of "
            "child protection services, and the questions it leaves open."
        ),
        "facts": [],
    },
    {
        "slug": "supporting-children-who-have-experienced-exploitation",
        "title": "Supporting children who have experienced exploitation",
        "date": datetime.date(2020, 3, 3),
        "topics": ["child-protection", "care-experience"],
        "campaign": False,
        "introduction": (
            "How services can work together to support children who have been sexually or "
            "criminally exploited, from the first conversation to longer-term recovery."
        ),
        "facts": [],
    },
    {
        "slug": "what-the-evidence-says-about-kinship-care",
        "title": "What the evidence says about kinship care",
        "date": datetime.date(2021, 6, 8),
        "topics": ["research", "care-experience"],
        "campaign": False,
        "introduction": (
            "Many children who cannot live with their parents are cared for by grandparents, aunts, "
            "uncles or family friends. We look at what research tells us about their needs."
        ),
        "facts": [],
    },
    {
        "slug": "a-decade-of-online-safety-advice",
        "title": "What changes, and what stays the same, in online safety advice",
        "date": datetime.date(2022, 2, 8),
        "topics": ["online-safety"],
        "campaign": False,
        "introduction": (
            "Apps come and go, but the advice that helps children most has stayed remarkably "
            "steady: keep talking, stay curious, and make it easy for them to tell you."
        ),
        "facts": [],
    },
    {
        "slug": "learning-from-case-reviews",
        "title": "Learning from case reviews",
        "date": datetime.date(2022, 10, 11),
        "topics": ["child-protection", "research"],
        "campaign": False,
        "introduction": (
            "Case reviews help services learn when a child has been harmed. We look at the themes "
            "that come up again and again, and how practice is changing in response."
        ),
        "facts": [],
    },
    {
        "slug": "staying-connected-with-brothers-and-sisters-in-care",
        "title": "Staying connected with brothers and sisters in care",
        "date": datetime.date(2023, 4, 25),
        "topics": ["care-experience"],
        "campaign": False,
        "introduction": (
            "For many children in care, relationships with brothers and sisters matter more than "
            "anything. New guidance sets out how services can keep those bonds strong."
        ),
        "facts": [],
    },
    {
        "slug": "practitioners-on-recognising-neglect",
        "title": "Practitioners on recognising neglect",
        "date": datetime.date(2024, 1, 16),
        "topics": ["child-protection"],
        "campaign": False,
        "introduction": (
            "Neglect is the most common reason children are placed on child protection registers. "
            "Practitioners share what helps them recognise it early."
        ),
        "facts": [],
    },
    {
        "slug": "young-people-shape-online-safety-resources",
        "title": "Young people shape new online safety resources",
        "date": datetime.date(2025, 3, 4),
        "topics": ["online-safety", "care-experience"],
        "campaign": False,
        "introduction": (
            "A group of young people with experience of care helped write and test new online "
            "safety resources, so that they speak to the questions young people actually have."
        ),
        "facts": [],
    },
    {
        "slug": "winter-advice-for-foster-and-kinship-carers",
        "title": "Winter advice for foster and kinship carers",
        "days_ago": 75,
        "topics": ["care-experience"],
        "campaign": False,
        "introduction": (
            "Help with the cost of winter, and with the harder days the holidays can bring, gathered "
            "with carers from across Scotland."
        ),
        "facts": [],
    },
    {
        "slug": "new-network-for-residential-child-care-staff",
        "title": "A new network for residential child care staff",
        "days_ago": 33,
        "topics": ["care-experience", "research"],
        "campaign": False,
        "introduction": (
            "Staff in residential child care across Scotland can now meet, share practice and learn from "
            "each other in a free network we host online."
        ),
        "facts": ["Free to join", "Online meetings every two months", "An annual day together in Glasgow"],
    },
    {
        "slug": "online-safety-briefing-for-schools",
        "title": "Online safety briefing for schools",
        "days_ago": 9,
        "topics": ["online-safety", "child-protection"],
        "campaign": True,
        "introduction": (
            "A short briefing for school staff on the online risks children report most often, and "
            "how to respond when a child tells you something has happened."
        ),
        "facts": [],
    },
    {
        "slug": "annual-lecture-on-childrens-rights",
        "title": "Annual Lecture: making children's rights real in care",
        "days_ago": 1,
        "topics": ["care-experience", "child-protection"],
        "campaign": False,
        "introduction": (
            "This year's CELCIS Annual Lecture asks what it will take for children's rights to shape "
            "every decision made about children in care."
        ),
        "facts": [],
    },
]


def article_date(spec, today):
    """The article's date: fixed for the archive, counted back from `today` for the newest."""
    return spec["date"] if "date" in spec else today - datetime.timedelta(days=spec["days_ago"])


def article_body(spec):
    """A demo article's body: sections with headings and paragraphs, then its key facts if it has any."""
    body = legal_content.body(article_bodies.body_sections(spec["slug"]))
    if spec["facts"]:
        body.append({"type": "key_facts", "value": {"heading": "Key points", "facts": spec["facts"]}})
    return body
