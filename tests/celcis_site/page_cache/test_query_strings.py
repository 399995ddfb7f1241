"""The page cache keys only on the query parameters pages use: junk parameters add no entries."""

from django.core.cache import cache

from tests.celcis_site.page_cache.conftest import cache_state

JUNK = "x" * 3800


def _stored_pages():
    keys = cache.keys("*") if hasattr(cache, "keys") else list(cache._cache.keys())
    return [key for key in keys if "page-cache:page:" in key]


def test_two_hundred_requests_with_junk_parameters_store_nothing(demo, client):
    client.get("/news/")
    before = len(_stored_pages())

    responses = [client.get("/news/", {f"junk{n}": JUNK}) for n in range(200)]

    assert {response.status_code for response in responses} == {200}
    assert {cache_state(response) for response in responses} == {"bypass"}
    assert len(_stored_pages()) == before


def test_a_value_not_of_the_expected_form_is_not_stored(demo, client):
    for query in ({"page": JUNK}, {"page": "2", "topic": "Not A Slug!"}, {"year": ["2024", "2025"]}):
        assert cache_state(client.get("/news/", query)) == "bypass", query


def test_the_parameters_pages_use_are_cached_in_any_order(demo, client):
    first = client.get("/news/?page=1&topic=")
    second = client.get("/news/?topic=&page=1")

    assert (cache_state(first), cache_state(second)) == ("miss", "hit")
    assert second.content == first.content


def test_the_cookie_choice_confirmation_is_still_cached_per_outcome(demo, client):
    assert cache_state(client.get("/?cookie-choice=rejected")) == "miss"
    assert cache_state(client.get("/?cookie-choice=rejected")) == "hit"
    assert cache_state(client.get("/?cookie-choice=<script>")) == "bypass"
