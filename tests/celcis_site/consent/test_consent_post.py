"""POST /cookie-consent/: banner and cookies-page decisions, their records, bad input, forgery."""

import pytest
from bs4 import BeautifulSoup

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.models import ConsentRecord
from celcis_site.consent.state import read_consent
from tests.celcis_site.consent.conftest import consent_cookie

URL = "/cookie-consent/"


def _banner(response):
    return BeautifulSoup(response.content, "html.parser").select_one("[data-cookie-banner]")


def _visible_confirmation(response):
    banner = _banner(response)
    shown = [
        element
        for element in banner.select("[data-cookie-banner-confirmation]")
        if not element.has_attr("hidden")
    ]
    return [element.get_text(" ", strip=True) for element in shown]


def test_rejecting_from_the_banner_without_javascript_returns_to_the_page_with_a_confirmation(
    client, cookie_policy, news_index
):
    response = client.post(URL, {"cookies": "reject", "source": "banner", "next": "/news/?page=2"})

    assert response.status_code == 303
    assert response["Location"] == "/news/?page=2&cookie-choice=rejected"
    consent = read_consent(response.cookies[CONSENT_COOKIE_NAME].value)
    assert consent.decided
    assert consent.accepted == frozenset()
    record = ConsentRecord.objects.get()
    assert record.choices == {"analytics": False, "preferences": False, "video": False}
    assert (record.source, record.policy_version, record.consent_id) == ("banner", 1, consent.consent_id)

    page = client.get(response["Location"])
    assert _visible_confirmation(page) == [
        "You've rejected additional cookies. You can change your cookie settings at any time. "
        "Hide cookie message"
    ]
    assert _banner(page).select_one("[data-cookie-banner-question]").has_attr("hidden")
    hide_form = _banner(page).select_one("[data-cookie-banner-confirmation=rejected] form")
    assert (hide_form["method"], hide_form["action"]) == ("get", "/news/")
    assert [(i["name"], i["value"]) for i in hide_form.select("input")] == [("page", "2")]
    assert _banner(client.get("/news/?page=2")) is None


def test_accepting_sets_the_cookie_with_a_year_of_life_and_confirms(client, cookie_policy):
    response = client.post(URL, {"cookies": "accept", "next": "/"})

    cookie = response.cookies[CONSENT_COOKIE_NAME]
    assert cookie["max-age"] == 365 * 24 * 3600
    assert cookie["samesite"] == "Lax"
    assert read_consent(cookie.value).accepted == {"analytics", "preferences", "video"}
    assert _visible_confirmation(client.get(response["Location"]))[0].startswith(
        "You've accepted additional cookies."
    )


def test_a_forged_confirmation_in_the_address_is_not_shown(client, cookie_policy):
    page = client.get("/?cookie-choice=accepted")

    assert _visible_confirmation(page) == []
    assert not _banner(page).select_one("[data-cookie-banner-question]").has_attr("hidden")


def test_the_background_request_gets_json_and_the_same_cookie(client, cookie_policy):
    response = client.post(URL, {"cookies": "accept"}, headers={"Accept": "application/json"})

    assert response.status_code == 200
    assert response.json() == {
        "outcome": "accepted",
        "state": "1.analytics.preferences.video",
        "accepted": ["analytics", "preferences", "video"],
    }
    assert CONSENT_COOKIE_NAME in response.cookies
    assert ConsentRecord.objects.count() == 1


def test_the_cookies_page_form_changes_one_category_and_keeps_the_consent_id(client, cookie_policy):
    client.post(URL, {"cookies": "reject"})
    first_id = ConsentRecord.objects.get().consent_id

    response = client.post(
        URL,
        {
            "analytics": "yes",
            "preferences": "no",
            "video": "no",
            "source": "cookies-page",
            "next": "/cookies/",
        },
    )

    assert response["Location"] == "/cookies/?cookie-choice=saved"
    latest = ConsentRecord.objects.first()
    assert (latest.consent_id, latest.source, latest.choices) == (
        first_id,
        "cookies-page",
        {"analytics": True, "preferences": False, "video": False},
    )
    assert ConsentRecord.objects.count() == 2


def test_withdrawing_deletes_the_cookies_of_that_category(client, cookie_policy):
    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie(["analytics", "preferences"])
    client.cookies["celcis_analytics"] = "abc123"

    response = client.post(
        URL, {"analytics": "no", "preferences": "yes", "video": "no", "source": "cookies-page"}
    )

    assert response.cookies["celcis_analytics"]["max-age"] == 0
    assert read_consent(response.cookies[CONSENT_COOKIE_NAME].value).accepted == {"preferences"}
    assert ConsentRecord.objects.get().choices == {"analytics": False, "preferences": True, "video": False}


def test_an_outdated_choice_keeps_its_consent_id_when_the_visitor_chooses_again(client, cookie_policy):
    old = consent_cookie([], consent_id="0123456789abcdef0123456789abcdef")
    from celcis_site.consent.models import CookiePolicy

    CookiePolicy.objects.update(version=2)
    from django.core.cache import cache

    cache.clear()
    client.cookies[CONSENT_COOKIE_NAME] = old

    client.post(URL, {"cookies": "accept"})

    record = ConsentRecord.objects.get()
    assert (record.consent_id, record.policy_version) == ("0123456789abcdef0123456789abcdef", 2)


def test_a_foreign_return_address_goes_home_instead(client, cookie_policy):
    for next_url in ["https://evil.example/", "//evil.example/x", "javascript:alert(1)", ""]:
        response = client.post(URL, {"cookies": "reject", "next": next_url})
        assert response["Location"] == "/?cookie-choice=rejected", next_url


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"cookies": "accept", "marketing": "yes"}, "Unknown cookie category: 'marketing'."),
        ({"cookies": "maybe"}, "cookies must be 'accept' or 'reject'."),
        ({"analytics": "yes"}, "Missing a yes or no for 'preferences'."),
        ({"analytics": "yes", "preferences": "perhaps"}, "'preferences' must be 'yes' or 'no'."),
        ({"analytics": ["yes", "no"], "preferences": "no"}, "Give exactly one value for 'analytics'."),
        (
            {"cookies": "accept", "analytics": "no"},
            "Send either cookies=accept|reject or one yes/no per category",
        ),
        ({"essential": "no", "cookies": "reject"}, "Unknown cookie category: 'essential'."),
        ({}, "Missing a yes or no for 'analytics'."),
        ({"cookies": "accept", "source": "elsewhere"}, "Unknown source"),
    ],
)
def test_bad_decisions_get_400_with_a_short_message_record_nothing_and_change_no_cookie(
    client, cookie_policy, data, message
):
    response = client.post(URL, data)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert len(response.content) < 200
    assert ConsentRecord.objects.count() == 0
    assert response.cookies == {}


def test_a_huge_body_is_refused(client, cookie_policy):
    response = client.post(URL, {"cookies": "accept", "next": "/" + "x" * 100_000})

    assert response.status_code == 400
    assert response.content == b"Request body too large.\n"
    assert ConsentRecord.objects.count() == 0


@pytest.mark.parametrize("method", ["get", "put", "delete", "patch"])
def test_other_methods_get_405(client, cookie_policy, method):
    response = getattr(client, method)(URL)

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert response.content == b"Send your cookie choice with POST.\n"
    assert response.cookies == {}


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Referer": "https://evil.example/page"},
    ],
)
def test_another_site_cannot_set_a_visitors_choice(client, cookie_policy, headers):
    response = client.post(URL, {"cookies": "accept"}, headers=headers)

    assert response.status_code == 403
    assert response.content == b"Cookie choices can only be sent from this website.\n"
    assert ConsentRecord.objects.count() == 0
    assert response.cookies == {}


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"},
        {"Origin": "http://testserver"},
        {"Referer": "http://testserver/news/"},
    ],
)
def test_the_sites_own_pages_can(client, cookie_policy, headers):
    response = client.post(URL, {"cookies": "accept"}, headers=headers)

    assert response.status_code == 303
    assert ConsentRecord.objects.count() == 1


def test_records_keep_no_ip_address_user_agent_or_page_address(client, cookie_policy):
    client.post(
        URL,
        {"cookies": "accept", "next": "/news/"},
        headers={"User-Agent": "Secret/1.0"},
        REMOTE_ADDR="10.1.2.3",
    )

    values = str(list(ConsentRecord.objects.values()))
    assert "10.1.2.3" not in values
    assert "Secret" not in values
    assert "/news/" not in values
    assert {field.name for field in ConsentRecord._meta.fields} == {
        "id",
        "consent_id",
        "choices",
        "policy_version",
        "source",
        "created_at",
    }
