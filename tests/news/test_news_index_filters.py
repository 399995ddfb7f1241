"""Filtering the news by topic and year, together and with paging; bad values never give a 500."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.news.factories import NewsArticlePageFactory, TopicFactory


def _titles(response):
    return [a.get_text() for a in BeautifulSoup(response.content, "html.parser").select(".card__title a")]


@pytest.fixture
def topics(db):
    return {"online": TopicFactory(name="Online safety", slug="online-safety"), "care": TopicFactory()}


@pytest.fixture
def articles(news_index, topics):
    def article(title, year, *article_topics):
        page = NewsArticlePageFactory(
            parent=news_index, title=title, publication_date=datetime.date(year, 6, 1)
        )
        page.topics.set(article_topics)
        page.save()
        return page

    return [
        article("Online 2017", 2017, topics["online"]),
        article("Online 2018", 2018, topics["online"]),
        article("Care 2018", 2018, topics["care"]),
        article("Both 2019", 2019, topics["online"], topics["care"]),
    ]


def test_topic_filter_shows_only_that_topics_articles(articles, client):
    response = client.get("/news/", {"topic": "online-safety"})

    assert response.status_code == 200
    assert _titles(response) == ["Both 2019", "Online 2018", "Online 2017"]


def test_year_filter_shows_only_that_years_articles(articles, client):
    assert _titles(client.get("/news/", {"year": "2018"})) == ["Care 2018", "Online 2018"]


def test_topic_and_year_combine(articles, client):
    assert _titles(client.get("/news/", {"topic": "online-safety", "year": "2018"})) == ["Online 2018"]


def test_active_filters_are_shown_and_each_can_be_cleared(articles, client):
    soup = BeautifulSoup(
        client.get("/news/", {"topic": "online-safety", "year": "2018"}).content, "html.parser"
    )

    active = soup.select_one(".active-filters")
    assert active.p.get_text() == "Showing news about Online safety from 2018."
    links = {a.get_text(): a["href"] for a in active.select("a")}
    assert links["Remove topic: Online safety"] == "?year=2018"
    assert links["Remove year: 2018"] == "?topic=online-safety"
    assert links["Clear all filters"] == "/news/"


def test_filter_form_offers_the_topics_and_the_years_with_news(articles, client):
    soup = BeautifulSoup(client.get("/news/", {"year": "2018"}).content, "html.parser")

    years = [option["value"] for option in soup.select("select[name=year] option")]
    assert years == ["", "2019", "2018", "2017"]
    assert soup.select_one("select[name=year] option[selected]")["value"] == "2018"
    topics = [option.get_text() for option in soup.select("select[name=topic] option")]
    assert topics[0] == "All topics"
    assert "Online safety" in topics


def test_paging_keeps_the_filters(news_index, topics, client):
    for day in range(25):
        page = NewsArticlePageFactory(parent=news_index, publication_date=datetime.date(2020, 1, 1 + day))
        page.topics.set([topics["online"]])
        page.save()
    NewsArticlePageFactory(parent=news_index, publication_date=datetime.date(2020, 2, 1))

    response = client.get("/news/", {"topic": "online-safety", "page": "2"})

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('.pagination [aria-current="page"]').get_text() == "Page 2 of 3"
    links = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".pagination a")}
    assert links["Previous page"] == "?topic=online-safety&page=1"
    assert links["Next page"] == "?topic=online-safety&page=3"
    assert len(_titles(response)) == 10


def test_first_and_last_links_appear_away_from_the_ends(news_index, client):
    for _ in range(41):
        NewsArticlePageFactory(parent=news_index)

    soup = BeautifulSoup(client.get("/news/", {"page": "3"}).content, "html.parser")

    links = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".pagination a")}
    assert links["First page"] == "?page=1"
    assert links["Last page"] == "?page=5"


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"year": "20x7"}, 404),
        ({"year": "-1"}, 404),
        ({"year": "99999999999999999999"}, 404),
        ({"topic": "no-such-topic"}, 404),
        ({"topic": "<script>"}, 404),
        ({"year": "2050"}, 200),
        ({"year": "2018", "page": "abc"}, 200),
        ({"topic": "", "year": ""}, 200),
    ],
)
def test_bad_filter_values_get_a_404_or_a_sensible_page_never_a_500(articles, client, params, status):
    assert client.get("/news/", params).status_code == status


def test_a_year_without_news_says_so(articles, client):
    response = client.get("/news/", {"year": "2050"})

    assert "No news matches these filters." in response.content.decode()


def test_last_page_lists_the_oldest_articles_in_order(news_index, client):
    # Pages past the middle are read from the other end; the order must still be newest first.
    created = [
        NewsArticlePageFactory(
            parent=news_index, publication_date=datetime.date(2020, 1, 1) + datetime.timedelta(n)
        )
        for n in range(35)
    ]

    page_four = _titles(client.get("/news/", {"page": "4"}))
    page_three = _titles(client.get("/news/", {"page": "3"}))

    assert page_four == [a.title for a in reversed(created[:5])]
    assert page_three == [a.title for a in reversed(created[5:15])]
