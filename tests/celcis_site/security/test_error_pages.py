"""The error pages: 503 while the database is unreachable, 500 otherwise; neither needs the database."""

from django.db import OperationalError
from django.test import Client

from celcis_site.security.errors import server_error


def _handle(rf, exception):
    try:
        raise exception
    except Exception:
        # Django calls handler500 inside its except block; so does this.
        return server_error(rf.get("/"))


# These tests have no database access: pytest-django would fail them if the pages tried.


def test_database_errors_get_the_temporarily_unavailable_page(rf):
    response = _handle(rf, OperationalError("connection refused"))

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert "This website is temporarily unavailable" in html
    assert "connection refused" not in html
    assert 'href="tel:999"' in html


def test_other_errors_get_the_plain_error_page(rf):
    response = _handle(rf, ValueError("bug"))

    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.content.decode()
    assert "bug" not in response.content.decode()


def _site_page(response):
    """The page is the site's own: its header, footer and help banner around the message."""
    html = response.content.decode()
    assert 'class="site-header' in html
    assert 'class="site-footer' in html
    assert "/worried-about-a-child/" in html
    return html


def test_a_body_over_the_upload_limit_gets_the_sites_own_400_page_without_an_echo(home, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client = Client(enforce_csrf_checks=True)
    # With a CSRF cookie, the check reads the body, as it does for a visitor with a form open.
    client.cookies["csrftoken"] = "a" * 32
    too_long = "overlong-" * 2_000

    response = client.post("/search/", {"message": too_long})

    assert response.status_code == 400
    html = _site_page(response)
    assert "<h1>Sorry, we could not read what you sent</h1>" in html
    assert "overlong-" not in html
    assert len(response.content) < 20_000


def test_a_host_the_site_does_not_serve_gets_a_400_that_says_so_not_a_500(home):
    for path in ("/", "/news/", "/admin/", "/no-such-page/"):
        response = Client().get(path, HTTP_HOST="attacker.example")

        assert response.status_code == 400, path
        assert response.content == b"This site does not answer to that host name."


def test_a_failed_csrf_check_gets_the_sites_own_403_page(home):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/search/", {"q": "care"})

    assert response.status_code == 403
    html = _site_page(response)
    assert "<h1>Your form could not be sent</h1>" in html
    assert "Go back, reload the page, and send the form again." in html
