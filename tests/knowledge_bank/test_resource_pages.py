"""A resource's page, a journal issue's contents, the feeds, the old site's addresses and authors' pages."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from tests.knowledge_bank.factories import ResourcePageFactory


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_a_resource_page_shows_its_facts_authors_and_labelled_download(client, report, person):
    page = soup(client.get("/knowledge-bank/growing-up-in-care/"))

    assert page.h1.get_text() == "Growing up in care: what children told us"
    facts = " ".join(page.select_one(".resource__facts").get_text(" ").split())
    for expected in (
        "Year 2019",
        "Jennifer Davidson",
        "Anna Berg, University of Stirling",
        "Kinship care",
        "DOI 10.17868/strath.00071234",
        "Licence CC BY 4.0",
    ):
        assert expected in facts
    # The CELCIS author links to their page; the external one is named with their organisation.
    assert page.select_one(".resource__authors a")["href"] == "/people/jennifer-davidson/"
    download = page.select_one(".resource__downloads a")
    assert download.get_text(" ", strip=True).startswith("Read the report (PDF,")
    assert download.get_text(strip=True).endswith("KB, 3 pages)")
    assert download["href"].startswith("/documents/")


def test_a_journal_issue_lists_its_papers_in_order_under_section_headings(client, journal_issue):
    page = soup(client.get("/knowledge-bank/sjrcc-23-1/"))
    contents = page.select_one(".issue-contents")

    assert [h3.get_text() for h3 in contents.select("h3")] == ["Editorial", "Original research", "Reviews"]
    assert [a.get_text() for a in contents.select("li a")] == [
        "Editorial: listening first",
        "Relationships at the heart of residential care",
        "Night staff and the rhythm of the house",
        "Review: Love in care",
    ]
    assert "Jennifer Davidson" in contents.get_text()
    # Each paper says which issue it is part of.
    paper = soup(client.get("/knowledge-bank/" + journal_issue[1]["Review: Love in care"].slug + "/"))
    assert paper.find("a", string=journal_issue[0].title)["href"] == "/knowledge-bank/sjrcc-23-1/"


def test_the_feeds_list_new_resources_and_every_page_advertises_them(client, report):
    rss = feedparser.parse(client.get("/knowledge-bank/feed/").content)
    atom = feedparser.parse(client.get("/knowledge-bank/feed/atom/").content)

    for feed in (rss, atom):
        assert [entry.title for entry in feed.entries] == [
            "Growing up in care: what children told us (Report, 2019)"
        ]
        assert feed.entries[0].link == "http://testserver/knowledge-bank/growing-up-in-care/"
    assert atom.version == "atom10"
    assert rss.version.startswith("rss")
    home = soup(client.get("/"))
    assert home.find("link", rel="alternate", href="/knowledge-bank/feed/atom/") is not None


def test_old_site_addresses_redirect_permanently_by_stored_slug_or_own_slug(client, report, journal_issue):
    for old, new in [
        (
            "/knowledge-bank/search-bank/growing-up-in-care-report-2019/",
            "/knowledge-bank/growing-up-in-care/",
        ),
        ("/knowledge-bank/search-bank/growing-up-in-care/", "/knowledge-bank/growing-up-in-care/"),
        ("/knowledge-bank/search-bank/journal/sjrcc-23-1/", "/knowledge-bank/sjrcc-23-1/"),
    ]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new)
    assert client.get("/knowledge-bank/search-bank/no-such-thing/").status_code == 404


def test_a_draft_resource_is_not_redirected_to_nor_listed(client, library, report_type):
    draft = ResourcePageFactory(parent=library, slug="draft-one", resource_type=report_type, live=False)

    assert client.get(f"/knowledge-bank/search-bank/{draft.slug}/").status_code == 404
    assert "draft-one" not in client.get("/knowledge-bank/").content.decode()


def test_a_person_page_lists_their_resources_newest_first(client, report, journal_issue, person):
    page = soup(client.get(person.url))

    titles = [a.get_text() for a in page.select("#resources-heading ~ ul a")]
    assert titles[-1] == "Growing up in care: what children told us"
    assert len(titles) == 5


def test_a_resource_may_not_take_an_address_the_library_uses_nor_mismatch_its_year(library, report_type):
    resource = ResourcePageFactory.build(resource_type=report_type, slug="feed", published_year=2020)
    resource.published_date = datetime.date(2021, 5, 1)

    with pytest.raises(ValidationError) as raised:
        resource.clean()
    assert set(raised.value.message_dict) == {"slug", "published_date"}
