"""The error pages: 503 while the database is unreachable, 500 otherwise; neither needs the database."""

from django.db import OperationalError

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
