"""/people/ and a person's page are cached page parts ({% page_part %}): an edit shows at once.

Each page is visited with a new query string every time, so the page cache
never answers and what would be stale is the cached part itself. `visit` is
shared with the Knowledge Bank's and the events' tests of their parts.
"""

import itertools

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template, TemplateSyntaxError

from news.models import Topic
from tests.news.factories import NewsArticlePageFactory, NewsIndexPageFactory, TopicFactory
from tests.people.factories import PersonPageFactory, TeamFactory

_visit = itertools.count()


def visit(client, url):
    """The page as a visitor gets it past the page cache (a query string never seen before)."""
    separator = "&" if "?" in url else "?"
    response = client.get(f"{url}{separator}visit={next(_visit)}")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def someone(people_index):
    person = PersonPageFactory(
        parent=people_index, title="Morag Lindsay", slug="morag-lindsay", team=TeamFactory(name="Research")
    )
    person.expertise.add(TopicFactory(name="Kinship care", slug="kinship-care"))
    return publish(person)


def test_the_people_index_shows_a_renamed_person_and_team_at_once(client, someone):
    visit(client, "/people/")
    visit(client, "/people/")  # now from the cache

    someone.title = "Morag A. Lindsay"
    publish(someone)
    assert "Morag A. Lindsay" in visit(client, "/people/").select_one(".people-list").get_text()

    team = someone.team
    team.name = "Research and evidence"
    team.save()
    assert "Research and evidence" in visit(client, "/people/").select_one(".people-team h2").get_text()


def test_a_person_page_shows_new_expertise_and_news_at_once(client, home, someone):
    url = "/people/morag-lindsay/"
    visit(client, url)
    visit(client, url)

    topic = Topic.objects.get(slug="kinship-care")
    topic.name = "Kinship"
    topic.save()
    assert "Kinship" in visit(client, url).select_one(".topic-list").get_text()

    article = NewsArticlePageFactory(parent=NewsIndexPageFactory(parent=home), title="Kinship carers heard")
    article.authors.add(someone)
    publish(article)
    assert "Kinship carers heard" in visit(client, url).select_one(".person__work").get_text()

    someone.role = "Senior Research Associate"
    publish(someone)
    page = visit(client, url)
    assert "Senior Research Associate" in page.select_one(".lead").get_text()
    assert "Senior Research Associate" in page.find("script", type="application/ld+json").string


def test_a_part_renders_without_a_request_and_needs_a_key():
    assert (
        Template("{% load page_parts %}{% page_part 'x' %}{{ n }}{% endpage_part %}").render(
            Context({"n": 3})
        )
        == "3"
    )
    with pytest.raises(TemplateSyntaxError):
        Template("{% load page_parts %}{% page_part %}{% endpage_part %}")


def measure_with_parts(client, url, assert_queries, limit):
    """The queries of `url` past the page cache with its parts kept (a query string never seen before)."""
    visit(client, url)
    with assert_queries(limit) as captured:
        visit(client, url)
    return len(captured.captured_queries)
