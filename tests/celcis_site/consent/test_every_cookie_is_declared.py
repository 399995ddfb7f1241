"""Every cookie the site sets is on the cookies page: an undeclared one fails this test.

The middleware removes undeclared cookies and logs a warning; this walks the
demo site as a visitor and as a signed-in administrator and fails on any
such warning, and on any Set-Cookie whose name the cookie list does not declare.
"""

import logging

from celcis_site.consent.catalogue import get_catalogue
from celcis_site.consent.models import CookiesPage

PUBLIC_URLS = [
    "/",
    "/news/",
    "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/",
    "/cookies/",
    "/privacy-notice/",
    "/search/?q=campaign",
    "/no-such-page/",
]


class SetCookieLog:
    def __init__(self):
        self.names = set()

    def see(self, response):
        self.names.update(response.cookies.keys())
        return response


def test_no_response_sets_a_cookie_missing_from_the_list(demo_content, client, django_user_model, caplog):
    seen = SetCookieLog()
    django_user_model.objects.create_superuser("admin", password="a-long-password-123")
    cookies_page = CookiesPage.objects.get()

    with caplog.at_level(logging.WARNING, logger="celcis_site.consent.middleware"):
        for url in PUBLIC_URLS:
            seen.see(client.get(url))
        seen.see(client.post("/cookie-consent/", {"cookies": "accept"}))
        for url in PUBLIC_URLS:
            seen.see(client.get(url))
        seen.see(client.get("/admin/login/"))
        seen.see(client.post("/admin/login/", {"username": "admin", "password": "a-long-password-123"}))
        for url in [
            "/admin/",
            f"/admin/pages/{cookies_page.pk}/edit/",
            "/admin/snippets/consent/cookiecategory/",
            "/admin/settings/consent/cookiepolicy/",
            "/admin/cookie-consent/",
        ]:
            assert seen.see(client.get(url, follow=True)).status_code == 200, url
        seen.see(client.post("/admin/logout/"))

    assert "undeclared" not in caplog.text
    catalogue = get_catalogue()
    assert {name for name in seen.names if catalogue.category_of(name) is None} == set()
    assert {"celcis_cookie_consent", "sessionid", "csrftoken"} <= seen.names
