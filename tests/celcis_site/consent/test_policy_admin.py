"""Administrators raise the policy version (with a note of what changed) in Settings; it never goes down."""

from bs4 import BeautifulSoup

from celcis_site.consent.models import CookiePolicy


def _edit_url():
    return f"/admin/settings/consent/cookiepolicy/{CookiePolicy.objects.get().pk}/"


def test_raising_the_version_in_the_admin_brings_the_banner_back(admin_client, client, cookie_policy):
    client.post("/cookie-consent/", {"cookies": "reject"})
    assert b"data-cookie-banner" not in client.get("/").content

    response = admin_client.post(_edit_url(), {"version": "2", "changes": "We now count visits."})

    assert response.status_code == 302
    assert CookiePolicy.objects.get().version == 2
    assert b"data-cookie-banner" in client.get("/").content


def test_the_version_cannot_go_down(admin_client, cookie_policy):
    CookiePolicy.objects.update(version=3)

    response = admin_client.post(_edit_url(), {"version": "2", "changes": "Oops."})

    assert response.status_code == 200
    errors = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "The version cannot go down (it is 3)" in errors
    assert CookiePolicy.objects.get().version == 3
