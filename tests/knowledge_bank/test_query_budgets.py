"""Query budgets: the library, a resource and a person's page cost the same few queries at 3 or 30 resources.

Each page is requested once first (renditions made, caches filled, as the first
visitor would), then measured with the page cache bypassed. Resources come from
`generate_resources`, each with authors, topics and a PDF; some get a cover.
"""

import io

import pytest
from django.core.management import call_command

from celcis_site.caching.versioned import bump
from knowledge_bank.models import ResourcePage
from tests.knowledge_bank.factories import ResourceTypeFactory
from tests.news.factories import TopicFactory
from tests.people.factories import PersonPageFactory
from tests.people.test_cached_parts import measure_with_parts
from tooling.drawn_images import get_or_create_text_image

LIBRARY_BUDGET = 14
RESOURCE_PAGE_BUDGET = 12
PERSON_PAGE_BUDGET = 12
# Past the page cache with the parts kept (celcis_site/page_cache/parts.py): a new query string, another
# consent state. Routing and the base template come from the caches: the library reads nothing, a
# resource or a person page only the child below its index.
LIBRARY_WITH_PARTS_BUDGET = 0
RESOURCE_WITH_PARTS_BUDGET = 1
PERSON_WITH_PARTS_BUDGET = 1


@pytest.fixture
def site(library, people_index):
    for name in ("Report", "Briefing", "Booklet"):
        ResourceTypeFactory(name=name, slug=name.lower())
    for name in ("Kinship care", "Education"):
        TopicFactory(name=name, slug=name.lower().replace(" ", "-"))
    people = [
        PersonPageFactory(parent=people_index, title=f"Author {name}", family_name=name, slug=name.lower())
        for name in ("Adams", "Brown")
    ]
    return {"library": library, "people": people}


def generate(count, seed):
    call_command("generate_resources", "--count", str(count), "--seed", str(seed), stdout=io.StringIO())
    covers = [get_or_create_text_image(f"Cover {n}", f"Cover {n}", size=(480, 680)) for n in range(3)]
    for number, resource in enumerate(ResourcePage.objects.filter(cover_image=None)):
        ResourcePage.objects.filter(pk=resource.pk).update(cover_image=covers[number % 3])
    call_command("update_index", stdout=io.StringIO())


def measure(client, url, assert_queries, limit):
    assert client.get(url).status_code == 200
    bump("page-cache", "query budget: measure the page itself")
    with assert_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def urls(site):
    newest = ResourcePage.objects.order_by("-sort_date", "-pk").first()
    person = site["people"][0]
    return {
        "library": ("/knowledge-bank/", LIBRARY_BUDGET),
        # Every type and topic and the whole span of years: filtered, never empty at any size.
        "filtered": (
            "/knowledge-bank/?type=report&type=booklet&type=briefing&topic=education&topic=kinship-care"
            "&from=2015&to=2025&sort=title",
            LIBRARY_BUDGET,
        ),
        "searched": ("/knowledge-bank/?q=children&type=briefing", LIBRARY_BUDGET),
        "page 2": ("/knowledge-bank/?page=2&sort=oldest", LIBRARY_BUDGET),
        "resource": (newest.url, RESOURCE_PAGE_BUDGET),
        "person": (person.url, PERSON_PAGE_BUDGET),
    }


def test_each_page_costs_the_same_at_3_and_at_30_resources_and_stays_in_budget(
    site, client, django_assert_max_num_queries
):
    generate(3, seed=3)
    few = {
        name: measure(client, url, django_assert_max_num_queries, limit)
        for name, (url, limit) in urls(site).items()
    }

    generate(27, seed=27)
    many = {
        name: measure(client, url, django_assert_max_num_queries, limit)
        for name, (url, limit) in urls(site).items()
    }

    assert many == few
    # An author with maybe nothing at 3 resources: within budget, whatever it lists.
    url = f"/knowledge-bank/?author={site['people'][0].slug}&topic=education&from=2016"
    measure(client, url, django_assert_max_num_queries, LIBRARY_BUDGET)


def test_with_their_parts_kept_the_pages_read_nothing_of_the_resources(
    site, client, django_assert_max_num_queries
):
    generate(3, seed=3)
    resource = ResourcePage.objects.order_by("-sort_date", "-pk").first()
    for url, limit in [
        ("/knowledge-bank/", LIBRARY_WITH_PARTS_BUDGET),
        ("/knowledge-bank/?type=report&sort=title", LIBRARY_WITH_PARTS_BUDGET),
        (resource.url, RESOURCE_WITH_PARTS_BUDGET),
        (site["people"][0].url, PERSON_WITH_PARTS_BUDGET),
    ]:
        measure_with_parts(client, url, django_assert_max_num_queries, limit)
