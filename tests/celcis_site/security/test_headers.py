"""Security headers on every response; scripts run only from this site or with the request's nonce."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model


def _policy(response):
    return dict(
        (directive.split(" ", 1) + [""])[:2]
        for directive in (part.strip() for part in response["Content-Security-Policy"].split(";"))
    )


@pytest.mark.parametrize(
    "url", ["/", "/news/", "/privacy-notice/", "/search/?q=care", "/no-such-page/", "/news/feed/"]
)
def test_public_responses_carry_the_security_headers(standard_page, news_index, client, url):
    response = client.get(url)

    policy = _policy(response)
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'self'"  # only the admin's live preview frames pages
    assert policy["object-src"] == "'none'"
    assert "unsafe" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_a_sane_request_id_from_the_proxy_is_kept_and_an_odd_one_replaced(home, client):
    assert client.get("/", HTTP_X_REQUEST_ID="edge-1234abcd")["X-Request-ID"] == "edge-1234abcd"
    assert client.get("/", HTTP_X_REQUEST_ID="<script>")["X-Request-ID"] != "<script>"


def test_admin_scripts_run_only_with_this_responses_nonce(news_index, client):
    admin = get_user_model().objects.create_superuser("admin", password="a-long-admin-password")
    client.force_login(admin)

    response = client.get(f"/admin/pages/{news_index.pk}/edit/")

    assert response.status_code == 200
    policy = _policy(response)
    nonce = re.fullmatch(r"'self' 'nonce-([^']+)'", policy["script-src"]).group(1)
    assert "unsafe" not in policy["script-src"]
    assert policy["style-src"] == "'self' 'unsafe-inline'"  # Wagtail writes style attributes
    assert "'self'" in policy["frame-src"]  # the live preview's frame
    inline_scripts = [
        script
        for script in BeautifulSoup(response.content, "html.parser").find_all("script")
        if not script.get("src") and script.get("type") in (None, "text/javascript", "module")
    ]
    assert inline_scripts, "the page editor has inline widget scripts to check"
    assert {script.get("nonce") for script in inline_scripts} == {nonce}


def test_nonces_differ_between_responses(news_index, client):
    admin = get_user_model().objects.create_superuser("admin", password="a-long-admin-password")
    client.force_login(admin)
    url = f"/admin/pages/{news_index.pk}/edit/"

    first = _policy(client.get(url))["script-src"]
    second = _policy(client.get(url))["script-src"]

    assert first != second
