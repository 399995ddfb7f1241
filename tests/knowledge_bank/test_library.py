"""The library at /knowledge-bank/: filters, counts, sort, search and paging work together, through its URLs.

One set of resources is built per test that reads several facets of it:
three types, two topics, two authors, years 2015 to 2025.
"""

import pytest
from bs4 import BeautifulSoup
from django.db import connection

from tests.knowledge_bank.conftest import publish
from tests.knowledge_bank.factories import ResourceAuthorFactory, ResourcePageFactory, ResourceTypeFactory
from tests.news.factories import TopicFactory
from tests.people.factories import PersonPageFactory


@pytest.fixture
def shelves(library, people_index, person):
    """11 resources: reports, briefings and booklets on two topics by two people, one a year 2015-2025."""
    kinds = [ResourceTypeFactory(name=name, slug=name.lower()) for name in ("Report", "Briefing", "Booklet")]
    ResourceTypeFactory(name="Podcast", slug="podcast")
    topics = [
        TopicFactory(name="Kinship care", slug="kinship-care"),
        TopicFactory(name="Education", slug="education"),
    ]
    other = PersonPageFactory(
        parent=people_index, title="Ailsa Morgan", family_name="Morgan", slug="ailsa-morgan"
    )
    for number, year in enumerate(range(2015, 2026)):
        resource = ResourcePageFactory(
            parent=library,
            title=f"{'Zebra' if year == 2016 else 'Study'} {year} of {kinds[number % 3].name.lower()}s",
            resource_type=kinds[number % 3],
            published_year=year,
            summary="Foster carers and kinship carers in Scotland." if year == 2018 else "Care in Scotland.",
        )
        resource.topics.add(topics[number % 2])
        ResourceAuthorFactory(resource=resource, person=person if number % 2 else other)
        publish(resource)
    return {"kinds": kinds, "topics": topics}


def visit(client, query=""):
    response = client.get(f"/knowledge-bank/{query}")
    return response, BeautifulSoup(response.content, "html.parser")


def titles(page):
    return [a.get_text() for a in page.select(".resource-card__title a")]


def option(page, kind, slug):
    box = page.select_one(f"#{kind}-{slug}")
    label = page.select_one(f"label[for={kind}-{slug}]").get_text(" ", strip=True)
    return label, box.has_attr("disabled"), box.has_attr("checked")


def test_plain_library_lists_everything_newest_first_with_counts_beside_each_option(client, shelves):
    response, page = visit(client)

    assert response.status_code == 200
    assert page.select_one("#library-count").get_text() == "11 resources"
    assert page.select_one("#library-count")["role"] == "status"
    assert titles(page)[0].startswith("Study 2025")
    assert option(page, "type", "report") == ("Report (4)", False, False)
    assert option(page, "topic", "kinship-care") == ("Kinship care (6)", False, False)
    # A type nothing has yet: shown, with 0, and not choosable.
    assert option(page, "type", "podcast") == ("Podcast (0)", True, False)


def test_choosing_a_type_changes_the_other_counts_not_its_own(client, shelves):
    _, page = visit(client, "?type=report")

    assert page.select_one("#library-count").get_text() == "4 resources match these filters"
    assert option(page, "type", "report") == ("Report (4)", False, True)
    assert option(page, "type", "briefing") == ("Briefing (4)", False, False)
    # Reports are 2015, 2018, 2021, 2024: topics alternate by year.
    assert option(page, "topic", "kinship-care") == ("Kinship care (2)", False, False)
    assert option(page, "topic", "education") == ("Education (2)", False, False)


def test_filters_combine_and_a_chosen_option_with_no_results_stays_shown_and_choosable(client, shelves):
    _, page = visit(client, "?type=report&type=booklet&topic=education&from=2016&to=2022&sort=oldest")

    assert titles(page) == ["Study 2018 of reports", "Study 2020 of booklets"]
    _, page = visit(client, "?type=podcast&topic=education")
    assert option(page, "type", "podcast") == ("Podcast (0)", False, True)
    assert page.select_one(".library-empty h2").get_text() == "No resources found"
    assert page.select_one(".library-empty a")["href"] == "/knowledge-bank/"


def test_each_active_filter_can_be_removed_keeping_the_others(client, shelves):
    _, page = visit(client, "?type=report&type=booklet&topic=education&page=1")
    links = {a.get_text(): a["href"] for a in page.select(".active-filters a")}

    assert links == {
        "Remove Type: Report": "?type=booklet&topic=education",
        "Remove Type: Booklet": "?type=report&topic=education",
        "Remove Topic: Education": "?type=report&type=booklet",
        "Clear all filters": "/knowledge-bank/",
    }


def test_author_filter_and_sort_by_title(client, shelves, person):
    _, page = visit(client, f"?author={person.slug}&sort=title")

    assert page.select_one("#library-count").get_text() == "5 resources match these filters"
    assert titles(page) == sorted(titles(page))
    chosen = page.select_one("#library-author option[selected]")
    assert (chosen["value"], chosen.get_text()) == (person.slug, "Jennifer Davidson (5)")


def test_search_within_the_library_sorts_by_relevance_and_stems_on_postgresql(client, shelves):
    _, page = visit(client, "?q=kinship+carers")

    assert titles(page) == ["Study 2018 of reports"]
    assert page.select_one("#library-sort option[selected]")["value"] == "relevance"
    if connection.vendor == "postgresql":
        # English stemming is PostgreSQL's; SQLite's FTS5 matches words as typed.
        assert titles(visit(client, "?q=kinship+carer")[1]) == ["Study 2018 of reports"]
    _, page = visit(client, "?q=zebra&type=report")
    assert titles(page) == []
    assert option(page, "type", "report") == ("Report (0)", False, True)
    assert option(page, "type", "briefing") == ("Briefing (1)", False, False)


def test_twenty_a_page_with_the_news_pagination(client, library, report_type):
    for number in range(23):
        publish(ResourcePageFactory(parent=library, resource_type=report_type, published_year=2000 + number))

    _, first = visit(client)
    _, second = visit(client, "?page=2")
    assert len(titles(first)) == 20
    assert len(titles(second)) == 3
    assert first.select_one("nav.pagination [aria-current=page]").get_text() == "Page 1 of 2"
    assert first.select_one("nav.pagination a[rel=next]")["href"] == "?page=2"


@pytest.mark.parametrize(
    "query",
    [
        "?type=nope",
        "?topic=%00",
        "?from=20x7",
        "?from=2024&to=2016",
        "?author=nobody",
        "?sort=sideways",
        "?from=99999999999999999999",
        "?q=" + "a" * 500,
        "?page=-1&type=report",
    ],
)
def test_bad_values_give_a_clear_400_never_a_500(client, library, report_type, query):
    response, page = visit(client, query)

    if "page=-1" in query:
        assert response.status_code == 200
    else:
        assert response.status_code == 400
        assert page.select_one(".error-summary h2").get_text() == "There is a problem"
        assert page.title.get_text().startswith("Error: ")
