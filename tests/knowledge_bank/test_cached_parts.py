"""The library's cards and a resource page's cached parts: an edit shows at once.

Each page is visited with a new query string every time, so the page cache
never answers and what would be stale is the cached part itself.
"""

from django.test import RequestFactory

from knowledge_bank.models import ResourcePage
from news.models import Topic
from tests.knowledge_bank.conftest import publish
from tests.knowledge_bank.factories import ResourcePageFactory
from tests.people.test_cached_parts import visit


def card_text(client):
    return " ".join(visit(client, "/knowledge-bank/").select_one(".resource-list").get_text(" ").split())


def test_a_renamed_resource_type_and_author_show_at_once_on_the_library_cards(client, report, person):
    assert "Report, 2019" in card_text(client)
    assert "Report, 2019" in card_text(client)  # the cards now come from the cache

    report.resource_type.name = "Research report"
    report.resource_type.save()
    assert "Research report, 2019" in card_text(client)

    person.title = "Jennifer M. Davidson"
    publish(person)
    assert "Jennifer M. Davidson" in card_text(client)


def test_a_renamed_type_and_a_new_resource_show_at_once_in_the_library_filters(client, report, library):
    def type_facet():
        return " ".join(
            visit(client, "/knowledge-bank/").select_one(".library-filters__group").get_text(" ").split()
        )

    type_facet()
    assert "Report (1)" in type_facet()

    report.resource_type.name = "Research report"
    report.resource_type.save()
    assert "Research report (1)" in type_facet()

    publish(ResourcePageFactory(parent=library, resource_type=report.resource_type, published_year=2021))
    assert "Research report (2)" in type_facet()


def test_a_published_resource_shows_at_once_on_the_library_cards(client, report):
    card_text(client)
    report.title = "Growing up in care: a new title"
    publish(report)
    assert "Growing up in care: a new title" in card_text(client)


def test_a_resource_page_shows_an_edit_at_once_in_each_of_its_cached_parts(client, report, person):
    url = "/knowledge-bank/growing-up-in-care/"
    visit(client, url)
    visit(client, url)

    topic = Topic.objects.get(slug="kinship-care")
    topic.name = "Kinship"
    topic.save()
    page = visit(client, url)
    assert "Kinship" in page.select_one(".resource__facts").get_text()

    report.title = "Growing up in care, revised"
    publish(report)
    page = visit(client, url)
    assert "Growing up in care, revised" in page.select_one(".cite-this").get_text()
    assert "Growing up in care, revised" in page.find("meta", attrs={"name": "citation_title"})["content"]


def test_a_preview_shows_unsaved_changes_not_the_cached_parts(client, report):
    url = "/knowledge-bank/growing-up-in-care/"
    visit(client, url)
    visit(client, url)

    draft = ResourcePage.objects.get(pk=report.pk)
    draft.licence = "CC BY-SA 4.0"
    html = draft.make_preview_request(RequestFactory().get(url)).content.decode()

    assert "CC BY-SA 4.0" in html
    assert "CC BY-SA 4.0" not in str(visit(client, url))
