"""/people/ lists people by team, A to Z; a person's page shows who they are and their news."""

import datetime
import json

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from tests.news.factories import NewsArticlePageFactory, TopicFactory
from tests.people.factories import PersonLinkFactory, PersonPageFactory, TeamFactory


def _soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_people_index_groups_people_by_team_in_team_order_and_a_to_z_within(people_index, client):
    research = TeamFactory(name="Research", sort_order=1)
    leadership = TeamFactory(name="Leadership", sort_order=0)
    PersonPageFactory(parent=people_index, title="Zoe Adams", family_name="Adams", team=research)
    PersonPageFactory(parent=people_index, title="Amy Young", family_name="Young", team=research)
    PersonPageFactory(parent=people_index, title="Ian Brown", family_name="Brown", team=leadership)
    PersonPageFactory(parent=people_index, title="Guest Writer", family_name="Writer", team=None)
    PersonPageFactory(parent=people_index, title="Not Yet", family_name="Yet", team=research, live=False)

    soup = _soup(client.get("/people/"))

    teams = [
        (section.h2.get_text(), [a.get_text() for a in section.select(".person-card__name a")])
        for section in soup.select(".people-team")
    ]
    assert teams == [
        ("Leadership", ["Ian Brown"]),
        ("Research", ["Zoe Adams", "Amy Young"]),
        ("Other people", ["Guest Writer"]),
    ]


def test_person_page_shows_name_role_team_photo_biography_expertise_and_contact(people_index, client):
    photo = wagtail_factories.ImageFactory(title="Portrait")
    person = PersonPageFactory(
        parent=people_index,
        title="Jane McGhee",
        slug="jane-mcghee",
        family_name="McGhee",
        role="Senior Research Associate",
        team=TeamFactory(name="Research"),
        photo=photo,
        photo_alt_text="Jane McGhee, smiling",
        biography="<p>Jane studies residential child care.</p>",
        expertise=[TopicFactory(name="Residential care")],
        orcid="0000-0002-1825-0097",
        email="jane.mcghee@celcis.example",
    )
    PersonLinkFactory(person=person, label="Strathclyde profile", url="https://www.strath.ac.uk/staff/jane/")

    soup = _soup(client.get("/people/jane-mcghee/"))

    assert soup.h1.get_text() == "Jane McGhee"
    assert soup.select_one(".lead").get_text() == "Senior Research Associate, Research"
    assert soup.select_one("img.person__photo")["alt"] == "Jane McGhee, smiling"
    assert "Jane studies residential child care." in soup.main.get_text()
    assert "Residential care" in soup.select_one(".topic-list").get_text()
    assert soup.select_one('a[href="mailto:jane.mcghee@celcis.example"]')
    assert soup.select_one('a[href="https://orcid.org/0000-0002-1825-0097"]')
    assert (
        soup.select_one('a[href="https://www.strath.ac.uk/staff/jane/"]').get_text() == "Strathclyde profile"
    )


def test_person_page_is_marked_up_as_a_schema_org_person_with_orcid(people_index, client):
    person = PersonPageFactory(
        parent=people_index,
        title="Jane McGhee",
        family_name="McGhee",
        role="Senior Research Associate",
        orcid="0000-0002-1825-0097",
        expertise=[TopicFactory(name="Residential care")],
    )
    PersonLinkFactory(person=person, url="https://www.strath.ac.uk/staff/jane/")

    soup = _soup(client.get(person.url))

    data = json.loads(soup.select_one('head script[type="application/ld+json"]').string)
    assert data["@type"] == "Person"
    assert data["name"] == "Jane McGhee"
    assert data["familyName"] == "McGhee"
    assert data["jobTitle"] == "Senior Research Associate"
    assert data["identifier"] == "https://orcid.org/0000-0002-1825-0097"
    assert data["sameAs"] == ["https://orcid.org/0000-0002-1825-0097", "https://www.strath.ac.uk/staff/jane/"]
    assert data["knowsAbout"] == ["Residential care"]
    assert "email" not in data


def test_person_page_lists_the_live_news_they_wrote_newest_first(people_index, news_index, client):
    person = PersonPageFactory(parent=people_index, title="Jane McGhee")
    for title, day, live in [
        ("Older piece", datetime.date(2019, 5, 1), True),
        ("Newer piece", datetime.date(2024, 2, 1), True),
        ("Draft piece", datetime.date(2025, 1, 1), False),
    ]:
        NewsArticlePageFactory(
            parent=news_index, title=title, publication_date=day, live=live, authors=[person]
        )
    NewsArticlePageFactory(parent=news_index, title="Someone else's piece")

    soup = _soup(client.get(person.url))

    news = soup.find("h2", string="News").find_parent("section")
    assert [a.get_text() for a in news.select("li a")] == ["Newer piece", "Older piece"]


def test_unknown_person_and_draft_person_are_not_found(people_index, client):
    PersonPageFactory(parent=people_index, slug="draft-person", live=False)

    assert client.get("/people/no-such-person/").status_code == 404
    assert client.get("/people/draft-person/").status_code == 404
    assert client.get("/people/draft-person/extra/").status_code == 404


def test_a_photo_needs_alt_text_and_orcid_is_stored_in_its_short_form(people_index):
    person = PersonPageFactory.build(
        title="Jane McGhee", slug="jane", family_name="McGhee", orcid="https://orcid.org/0000-0002-1825-0097"
    )
    person.photo = wagtail_factories.ImageFactory()
    with pytest.raises(ValidationError) as refused:
        person.full_clean(exclude=["path", "depth", "url_path"])
    assert "photo_alt_text" in refused.value.message_dict

    person.photo_alt_text = "Jane at her desk"
    person.full_clean(exclude=["path", "depth", "url_path"])
    assert person.orcid == "0000-0002-1825-0097"
