"""Legal pages show when they last changed and a table of contents linked to their sections."""

import datetime

from bs4 import BeautifulSoup

from celcis_site.pages.models import LegalPage
from tests.celcis_site.factories import LegalPageFactory


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_a_legal_page_shows_its_last_updated_date(home, client):
    LegalPageFactory(parent=home, last_updated=datetime.date(2026, 3, 5))

    soup = _soup(client.get("/privacy-notice/"))

    updated = soup.select_one(".legal-page__updated")
    assert updated.get_text(" ", strip=True) == "Last updated: 5 March 2026"
    assert updated.time["datetime"] == "2026-03-05"


def test_the_contents_link_to_every_section_heading_and_only_to_them(home, client):
    LegalPageFactory(
        parent=home,
        body=[
            {"type": "heading", "value": {"text": "Who we are", "level": "h2"}},
            {"type": "paragraph", "value": "<p>CELCIS.</p>"},
            {"type": "heading", "value": {"text": "Your rights", "level": "h2"}},
            {"type": "heading", "value": {"text": "Access", "level": "h3"}},
            {"type": "heading", "value": {"text": "Your rights", "level": "h2"}},
        ],
    )

    soup = _soup(client.get("/privacy-notice/"))

    contents = soup.select_one("nav.legal-contents")
    assert contents["aria-labelledby"] == "legal-contents-heading"
    links = [(a["href"], a.get_text()) for a in contents.select("a")]
    assert links == [
        ("#who-we-are", "Who we are"),
        ("#your-rights", "Your rights"),
        ("#your-rights-2", "Your rights"),
    ]
    for href, text in links:
        assert soup.find(id=href[1:]).get_text() == text
    assert soup.find("h3", id="access")
    assert len(soup.find_all(id="your-rights")) == 1


def test_a_legal_page_without_headings_has_no_empty_contents(home, client):
    LegalPageFactory(parent=home, body=[{"type": "paragraph", "value": "<p>Short.</p>"}])

    assert _soup(client.get("/privacy-notice/")).select_one("nav.legal-contents") is None


def test_headings_elsewhere_keep_no_anchor(standard_page, client):
    standard_page.body = [{"type": "heading", "value": {"text": "A section", "level": "h2"}}]
    standard_page.save()

    heading = _soup(client.get("/privacy-notice/")).find("h2", string="A section")
    assert heading is not None
    assert not heading.has_attr("id")


def test_legal_pages_sit_directly_under_home():
    from celcis_site.home.models import HomePage
    from news.models import NewsIndexPage

    assert LegalPage.allowed_parent_page_models() == [HomePage]
    assert LegalPage not in NewsIndexPage.allowed_subpage_models()
