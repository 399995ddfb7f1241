"""Fixtures for the Knowledge Bank tests: the library under the home page, with people to name as authors."""

import pytest

from tests.knowledge_bank.factories import KnowledgeBankPageFactory, ResourceTypeFactory
from tests.people.factories import PeopleIndexPageFactory, PersonPageFactory


@pytest.fixture
def library(home):
    return KnowledgeBankPageFactory(parent=home)


@pytest.fixture
def people_index(home):
    return PeopleIndexPageFactory(parent=home)


@pytest.fixture
def person(people_index):
    return PersonPageFactory(
        parent=people_index,
        title="Jennifer Davidson",
        family_name="Davidson",
        slug="jennifer-davidson",
        orcid="0000-0002-1825-0097",
    )


@pytest.fixture
def report_type(db):
    return ResourceTypeFactory(name="Report", slug="report", citation_kind="report")


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def report(library, person, report_type):
    """A 2019 report by a CELCIS person and an external author, with a 3-page PDF and a DOI."""
    from tests.knowledge_bank.factories import (
        ResourceAuthorFactory,
        ResourceFileFactory,
        ResourcePageFactory,
        make_pdf_document,
    )
    from tests.news.factories import TopicFactory

    resource = ResourcePageFactory(
        parent=library,
        title="Growing up in care: what children told us",
        slug="growing-up-in-care",
        resource_type=report_type,
        published_year=2019,
        doi="10.17868/strath.00071234",
        publisher="CELCIS",
        licence="CC BY 4.0",
        legacy_slug="growing-up-in-care-report-2019",
    )
    resource.topics.add(TopicFactory(name="Kinship care", slug="kinship-care"))
    ResourceAuthorFactory(resource=resource, person=person, sort_order=0)
    ResourceAuthorFactory(
        resource=resource, name="Anna Berg", organisation="University of Stirling", sort_order=1
    )
    document = make_pdf_document("Growing up in care", ["Children described their placements."], pages=3)
    ResourceFileFactory(resource=resource, document=document, label="Read the report")
    return publish(resource)


@pytest.fixture
def journal_issue(library, person):
    """An issue of the Scottish Journal of Residential Child Care: an editorial, two papers and a review."""
    from tests.knowledge_bank.factories import ResourceAuthorFactory, ResourcePageFactory, ResourceTypeFactory

    issue_type = ResourceTypeFactory(name="Journal issue", slug="journal-issue", citation_kind="issue")
    paper_type = ResourceTypeFactory(name="Journal paper", slug="journal-paper", citation_kind="article")
    issue = publish(
        ResourcePageFactory(
            parent=library,
            title="Scottish Journal of Residential Child Care, Volume 23, Issue 1",
            slug="sjrcc-23-1",
            resource_type=issue_type,
            published_year=2024,
            journal_title="Scottish Journal of Residential Child Care",
            volume="23",
            issue_number="1",
            issn="1478-1840",
        )
    )
    papers = {}
    for title, section, position, pages in [
        ("Relationships at the heart of residential care", "original-research", 1, "10-24"),
        ("Editorial: listening first", "editorial", 0, "1-3"),
        ("Night staff and the rhythm of the house", "original-research", 2, "25-40"),
        ("Review: Love in care", "reviews", 0, "90-92"),
    ]:
        paper = ResourcePageFactory(
            parent=library,
            title=title,
            resource_type=paper_type,
            published_year=2024,
            part_of=issue,
            section=section,
            position=position,
            pages=pages,
        )
        ResourceAuthorFactory(resource=paper, person=person, sort_order=0)
        papers[title] = publish(paper)
    return issue, papers
