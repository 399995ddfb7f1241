"""Query budgets for /people/ and a person's page, with the site's caches warm and the page cache bypassed."""

import pytest

from news.models import NewsArticlePage
from people.models import PersonPage
from tests.news.test_query_budgets import measure

PERSON_PAGE_BUDGET = 12
PEOPLE_INDEX_BUDGET = 12


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
