"""/cookies/: tables generated from the categories, the settings form, and the visitor's consent id."""

import io

from bs4 import BeautifulSoup
from django.core.management import call_command

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.models import Cookie, CookieCategory, CookiesPage
from celcis_site.consent.state import read_consent
from tests.celcis_site.consent.conftest import consent_cookie


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


def _radios(soup):
    return {
        radio["name"]: radio["value"] for radio in soup.select(".cookie-settings input[type=radio][checked]")
    }


def test_the_demo_creates_the_cookies_page_as_its_own_type_and_the_footer_links_to_it(demo_content, client):
    page = CookiesPage.objects.get()

    assert page.url == "/cookies/"
    assert _soup(client.get("/")).select_one('footer a[href="/cookies/"]').get_text() == "Cookies"
    assert set(CookieCategory.objects.values_list("slug", flat=True)) == {
        "essential",
        "analytics",
        "preferences",
        "video",
    }


def test_a_table_per_category_lists_every_declared_cookie(demo_content, client):
    soup = _soup(client.get("/cookies/"))

    tables = {
        section.h2.get_text(): [row.th.get_text() for row in section.select("tbody tr")]
        for section in soup.select(".cookie-category")
    }
    assert tables == {
        "Essential cookies": [CONSENT_COOKIE_NAME, "sessionid", "csrftoken", "messages"],
        "Analytics cookies": ["celcis_analytics"],
        "Preferences cookies": ["celcis_preferences"],
        "Video cookies": ["VISITOR_INFO1_LIVE", "YSC", "VISITOR_PRIVACY_METADATA", "vuid", "__cf_bm"],
    }
    header = [th.get_text() for th in soup.select(".cookie-table thead th")][:4]
    assert header == ["Name", "Purpose", "Set by", "Expires"]


def test_a_cookie_added_in_the_admin_appears_in_the_table(demo_content, client):
    Cookie.objects.create(
        category=CookieCategory.objects.get(slug="analytics"),
        name="_pk_id",
        purpose="Counts visits.",
        lifetime="13 months",
    )

    assert "_pk_id" in client.get("/cookies/").content.decode()


def test_the_settings_form_starts_at_no_for_every_optional_category(demo_content, client):
    soup = _soup(client.get("/cookies/"))

    assert _radios(soup) == {"analytics": "no", "preferences": "no", "video": "no"}
    legends = [legend.get_text() for legend in soup.select(".cookie-settings legend")]
    assert legends == [
        "Do you want to accept analytics cookies?",
        "Do you want to accept preferences cookies?",
        "Do you want to accept video cookies?",
    ]
    for radio in soup.select(".cookie-settings input[type=radio]"):
        assert soup.select_one(f'label[for="{radio["id"]}"]') is not None
    assert soup.select_one("[data-cookie-banner]") is None  # the page's own form replaces the banner


def test_the_form_shows_the_visitors_current_choice_and_their_consent_id(demo_content, client):
    value = consent_cookie(["analytics"])
    client.cookies[CONSENT_COOKIE_NAME] = value

    soup = _soup(client.get("/cookies/"))

    assert _radios(soup) == {"analytics": "yes", "preferences": "no", "video": "no"}
    assert soup.select_one(".cookie-record__id").get_text() == read_consent(value).consent_id


def test_saving_shows_a_success_message(demo_content, client):
    response = client.post(
        "/cookie-consent/",
        {
            "analytics": "yes",
            "preferences": "no",
            "video": "no",
            "source": "cookies-page",
            "next": "/cookies/",
        },
    )
    soup = _soup(client.get(response["Location"]))

    assert (
        soup.select_one(".cookie-notice").get_text(" ", strip=True)
        == "Success You've set your cookie preferences."
    )
    assert _radios(soup) == {"analytics": "yes", "preferences": "no", "video": "no"}


def test_the_page_says_which_policy_version_it_is_and_what_changed(demo_content, client):
    text = _soup(client.get("/cookies/")).select_one(".cookie-record__version").get_text(" ", strip=True)

    assert "version 1 of our cookie policy" in text
    assert "What changed: First version of the cookie policy." in text


def test_the_loader_leaves_an_edited_category_alone_and_runs_twice_without_changes(demo_content):
    analytics = CookieCategory.objects.get(slug="analytics")
    analytics.name = "Statistics"
    analytics.save()

    call_command("load_demo_content", stdout=io.StringIO())

    assert CookieCategory.objects.get(slug="analytics").name == "Statistics"
    assert CookieCategory.objects.count() == 4
    assert Cookie.objects.count() == 11
    assert CookiesPage.objects.count() == 1


def test_the_cookies_page_shows_last_updated_and_contents_like_the_other_legal_pages(demo_content, client):
    soup = _soup(client.get("/cookies/"))

    updated = soup.select_one(".legal-page__updated time")
    assert updated["datetime"] == CookiesPage.objects.get().last_updated.isoformat()
    assert updated.get_text() == CookiesPage.objects.get().last_updated.strftime("%-d %B %Y")
    contents = soup.select(".legal-contents a")
    assert [link.get_text() for link in contents] == [
        "How we use cookies",
        "Cookies and your browser",
        "Essential cookies",
        "Analytics cookies",
        "Preferences cookies",
        "Video cookies",
        "Change your cookie settings",
        "What we record about your choice",
    ]
    for link in contents:
        assert soup.find(id=link["href"].removeprefix("#")) is not None, link["href"]


def test_editors_set_the_cookies_pages_last_updated_date_in_the_admin(demo_content, admin_client):
    page = CookiesPage.objects.get()

    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")

    assert response.status_code == 200
    assert 'name="last_updated"' in response.content.decode()
