"""Demo people: six CELCIS staff in three teams (fictional people, realistic roles), with drawn portraits."""

from people.models import PersonLink, PersonPage, Team
from people.orcid import orcid_check_digit
from tooling.drawn_images import get_or_create_portrait

TEAMS = [("Leadership", 0), ("Research and evidence", 1), ("Practice and improvement", 2)]

PEOPLE = [
    {
        "slug": "morag-lindsay",
        "title": "Morag Lindsay",
        "family_name": "Lindsay",
        "role": "Director",
        "team": "Leadership",
        "expertise": ["child-protection", "care-experience"],
        "orcid_base": "000000031234567",
        "email": "",
        "biography": "<p>Morag leads CELCIS's work with Scottish Government, local authorities and "
        "the third sector to improve the lives of children in care and on the edges of care.</p>",
    },
    {
        "slug": "ewan-fraser",
        "title": "Ewan Fraser",
        "family_name": "Fraser",
        "role": "Head of Research",
        "team": "Research and evidence",
        "expertise": ["research", "care-experience"],
        "orcid_base": "000000027654321",
        "email": "research@celcis.example",
        "biography": "<p>Ewan directs CELCIS's research programme on permanence, kinship care and "
        "the education of care experienced children and young people.</p>",
    },
    {
        "slug": "aisha-rahman",
        "title": "Aisha Rahman",
        "family_name": "Rahman",
        "role": "Senior Research Associate",
        "team": "Research and evidence",
        "expertise": ["research", "online-safety"],
        "orcid_base": "000000011122334",
        "email": "",
        "biography": "<p>Aisha studies how children in residential care use digital technology, and "
        "how carers can support them to stay safe online.</p>",
    },
    {
        "slug": "callum-reid",
        "title": "Callum Reid",
        "family_name": "Reid",
        "role": "Research Associate",
        "team": "Research and evidence",
        "expertise": ["research", "child-protection"],
        "orcid_base": "000000029988776",
        "email": "",
        "biography": "<p>Callum works on child protection data and the evaluation of "
        "multi-agency practice across Scotland's local authorities.</p>",
    },
    {
        "slug": "fiona-macleod",
        "title": "Fiona MacLeod",
        "family_name": "MacLeod",
        "role": "Education Lead",
        "team": "Practice and improvement",
        "expertise": ["care-experience"],
        "orcid_base": "",
        "email": "education@celcis.example",
        "biography": "<p>Fiona supports Virtual School Head Teachers and care experienced teams, and "
        "convenes their national network.</p>",
    },
    {
        "slug": "james-okafor",
        "title": "James Okafor",
        "family_name": "Okafor",
        "role": "Improvement Adviser",
        "team": "Practice and improvement",
        "expertise": ["child-protection", "care-experience"],
        "orcid_base": "",
        "email": "",
        "biography": "<p>James helps local partnerships use improvement methods to make lasting "
        "changes to how children and families are supported.</p>",
    },
]

PORTRAIT_COLOURS = [(75, 42, 107), (0, 74, 143), (31, 107, 82), (128, 57, 30), (90, 60, 130), (20, 90, 110)]


def orcid_from(base):
    if not base:
        return ""
    digits = base + orcid_check_digit(base)
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def ensure_people(ensure_child, people_index, topics):
    """The demo teams and people, created if missing; returns people by slug."""
    teams = {
        name: Team.objects.get_or_create(name=name, defaults={"sort_order": order})[0]
        for name, order in TEAMS
    }
    people = {}
    for number, spec in enumerate(PEOPLE):
        existing = people_index.get_children().filter(slug=spec["slug"]).first()
        if existing:
            people[spec["slug"]] = existing.specific
            continue
        initials = "".join(word[0] for word in spec["title"].split())
        photo = get_or_create_portrait(
            f"Portrait of {spec['title']}", initials, PORTRAIT_COLOURS[number % len(PORTRAIT_COLOURS)]
        )
        person = ensure_child(
            people_index,
            PersonPage,
            spec["slug"],
            title=spec["title"],
            family_name=spec["family_name"],
            role=spec["role"],
            team=teams[spec["team"]],
            photo=photo,
            photo_alt_text=f"A drawn portrait of {spec['title']}",
            biography=spec["biography"],
            expertise=[topics[slug] for slug in spec["expertise"]],
            orcid=orcid_from(spec["orcid_base"]),
            email=spec["email"],
            links=[PersonLink(label="University of Strathclyde", url="https://www.strath.ac.uk/")],
        )
        people[spec["slug"]] = person
    return people
