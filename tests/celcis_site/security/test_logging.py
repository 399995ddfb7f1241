"""Logs: one JSON object per line with level, logger and request id; never form contents, passwords
or consent ids."""

import io
import json
import logging
from logging.config import dictConfig

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

SECRET_MESSAGE = "My neighbour's child is at risk 7f3a9c"
SECRET_PASSWORD = "hunter2-correct-horse-9b1d"


@pytest.fixture
def captured_log():
    """The project's own log configuration, writing to a buffer instead of the console."""
    buffer = io.StringIO()
    config = json.loads(json.dumps(django_settings.LOGGING))
    config["handlers"]["console"] = {
        "class": "logging.StreamHandler",
        "stream": buffer,
        "formatter": "json",
        "filters": ["request_id"],
    }
    config["root"]["level"] = "INFO"
    dictConfig(config)
    yield buffer
    dictConfig(django_settings.LOGGING)
    logging.getLogger().handlers[0].flush()


def test_log_lines_are_json_with_level_logger_and_the_request_id(db, client, captured_log):
    get_user_model().objects.create_user("editor", password="a-long-editor-password", is_staff=True)

    response = client.post("/admin/login/", {"username": "editor", "password": SECRET_PASSWORD})

    lines = [json.loads(line) for line in captured_log.getvalue().splitlines()]
    assert lines, "a failed sign-in is logged"
    for line in lines:
        assert {"time", "level", "logger", "message", "request_id"} <= set(line)
    assert response["X-Request-ID"] in {line["request_id"] for line in lines}


def test_logs_never_hold_form_contents_passwords_or_consent_ids(db, client, settings, captured_log):
    call_command("load_demo_content", stdout=io.StringIO())
    settings.EMAIL_BACKEND = "tests.contacts.mail_backends.RefusingEmailBackend"
    get_user_model().objects.create_user("editor", password="a-long-editor-password", is_staff=True)

    client.post("/admin/login/", {"username": "editor", "password": SECRET_PASSWORD})
    enquiry = client.post(
        "/contact/",
        {
            "your_name": "Alex Morgan",
            "your_email_address": "alex@example.org",
            "the_subject_of_your_message": "Worried",
            "your_message": SECRET_MESSAGE,
            "i_have_read_the_privacy_notice": "on",
        },
    )
    consent = client.post(
        "/cookie-consent/", {"cookies": "accept", "next": "/"}, HTTP_SEC_FETCH_SITE="same-origin"
    )

    assert enquiry.status_code == 200  # stored; the mail failure was logged, not shown
    consent_cookie = consent.cookies["celcis_cookie_consent"].value
    consent_id = consent_cookie.split("|", 1)[1].split(":", 1)[0]
    log = captured_log.getvalue()
    assert "smtp" in log.lower() or "mail" in log.lower(), "the mail failure is logged"
    assert SECRET_MESSAGE not in log
    assert "alex@example.org" not in log
    assert SECRET_PASSWORD not in log
    assert consent_id not in log
