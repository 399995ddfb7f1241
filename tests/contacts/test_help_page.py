"""/worried-about-a-child/: who to talk to, situation by situation, from structured blocks."""

import pytest
from bs4 import BeautifulSoup

from contacts.blocks import HelpServiceBlock
from contacts.models import HelpPage
from tests.contacts.factories import HelpPageFactory


@pytest.fixture
def demo_help_page(demo_content, client):
    return BeautifulSoup(client.get("/worried-about-a-child/").content, "html.parser")


def _services(soup):
    """Each service as (situation, name, phone link, phone text, facts) in page order."""
    rows = []
    for section in soup.select("section.help-situation"):
        for service in section.select(".help-service"):
            phone = service.select_one(".help-service__phone a")
            facts = dict(
                zip(
                    [dt.get_text() for dt in service.select("dt")],
                    [dd.get_text() for dd in service.select("dd")],
                    strict=True,
                )
            )
            rows.append(
                (
                    section.h2.get_text(),
                    service.h3.get_text(),
                    phone["href"] if phone else None,
                    phone.get_text() if phone else None,
                    facts["Covers"],
                )
            )
    return rows


def test_demo_help_page_is_a_help_page_with_the_services_in_the_product_facts(demo_help_page):
    assert isinstance(HelpPage.objects.get(slug="worried-about-a-child"), HelpPage)
    assert _services(demo_help_page) == [
        ("A child is in immediate danger", "Police", "tel:999", "999", "UK-wide"),
        (
            "You are worried but it is not an emergency",
            "Police non-emergency number",
            "tel:101",
            "101",
            "UK-wide",
        ),
        (
            "You are worried but it is not an emergency",
            "Social work department of the council where the child lives",
            None,
            None,
            "Scotland",
        ),
        ("You want advice", "NSPCC helpline", "tel:+448088005000", "0808 800 5000", "UK-wide"),
        ("You want advice", "ParentLine Scotland", "tel:+448000282233", "08000 28 22 33", "Scotland"),
        ("You are a child or young person", "Childline", "tel:+448001111", "0800 1111", "UK-wide"),
    ]


def test_demo_help_page_says_you_need_not_give_your_name(demo_help_page):
    assert "You don't have to give your name." in demo_help_page.select_one("main .lead").get_text()


def test_every_service_says_when_it_is_open_and_who_it_is_for(demo_help_page):
    for service in demo_help_page.select(".help-service"):
        terms = [dt.get_text() for dt in service.select("dt")]
        assert terms == ["Open", "For", "Covers"], service.h3.get_text()
        assert all(dd.get_text().strip() for dd in service.select("dd")), service.h3.get_text()


def test_emergency_stands_out_by_more_than_colour_and_comes_first(demo_help_page):
    first = demo_help_page.select("section.help-situation")[0]

    assert "help-situation--urgent" in first["class"]
    assert first.h2.get_text() == "A child is in immediate danger"
    contents = [a["href"] for a in demo_help_page.select(".help-page__contents a")]
    assert contents == ["#situation-1", "#situation-2", "#situation-3", "#situation-4"]


def test_editor_built_help_page_renders_its_blocks(home, client):
    page = HelpPageFactory(parent=home)

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")

    assert _services(soup) == [
        ("You are a child or young person", "Childline", "tel:+448001111", "0800 1111", "UK-wide")
    ]
    assert "Free and confidential." in soup.select_one(".help-service").get_text()


def test_nations_read_uk_wide_only_when_all_four_are_ticked():
    block = HelpServiceBlock()

    def covers(nations):
        return block.to_python(
            {"name": "x", "opening_hours": "x", "who_for": "x", "nations": nations}
        ).nations_covered()

    assert covers(["scotland", "england", "wales", "northern-ireland"]) == "UK-wide"
    assert covers(["scotland"]) == "Scotland"
    assert covers(["wales", "scotland"]) == "Scotland, Wales"
