"""Query budgets for /people/ and a person's page, with the site's caches warm and the page cache bypassed."""

import pytest

from news.models import NewsArticlePage
from people.models import PersonPage
from tests.news.test_query_budgets import measure
from tests.people.test_cached_parts import measure_with_parts

PERSON_PAGE_BUDGET = 12
PEOPLE_INDEX_BUDGET = 12
# Past the page cache with the parts kept (celcis_site/page_cache/parts.py): a new query string, another
# consent state. Routing and the base template come from the caches: a person page reads only the
# child below the index.
PERSON_PAGE_WITH_PARTS_BUDGET = 1
PEOPLE_INDEX_WITH_PARTS_BUDGET = 0


@pytest.fixture
def demo_site(demo_content):
    return PersonPage.objects.get(slug="ewan-fraser")


def credit(person, count):
    for article in NewsArticlePage.objects.order_by("-pk")[:count]:
        article.authors.add(person)


def test_person_page_costs_the_same_with_one_or_many_news_articles_and_stays_in_budget(
    demo_site, client, django_assert_max_num_queries, django_assert_num_queries
):
    credit(demo_site, 1)
    few = measure(client, demo_site.url, django_assert_max_num_queries, PERSON_PAGE_BUDGET)

    credit(demo_site, 6)
    measure(client, demo_site.url, django_assert_num_queries, len(few))


def test_people_index_stays_in_budget(demo_site, client, django_assert_max_num_queries):
    measure(client, "/people/", django_assert_max_num_queries, PEOPLE_INDEX_BUDGET)


def test_with_their_parts_kept_the_pages_read_nothing_of_the_people(
    demo_site, client, django_assert_max_num_queries
):
    measure_with_parts(client, demo_site.url, django_assert_max_num_queries, PERSON_PAGE_WITH_PARTS_BUDGET)
    measure_with_parts(client, "/people/", django_assert_max_num_queries, PEOPLE_INDEX_WITH_PARTS_BUDGET)
