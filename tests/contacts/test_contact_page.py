"""The enquiry form on /contact/: stored first, then e-mailed; bad input answered clearly, never a 500."""

import csv
import io
import logging
import socket

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache, caches
from django.core.exceptions import ValidationError
from django.db import connection
from wagtail.contrib.forms.models import FormSubmission

from contacts.models import ContactFormField

VALID = {
    "your_name": "Alex Morgan",
    "your_email_address": "alex@example.org",
    "the_subject_of_your_message": "Training for foster carers",
    "your_message": "Do you run courses in Dundee?",
    "i_have_read_the_privacy_notice": "on",
}


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


def _closed_port():
    """A local port nothing listens on: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_contact_page_shows_the_default_form_with_a_link_to_the_privacy_notice(contact_page, client):
    soup = _soup(client.get("/contact/"))

    form = soup.select_one("main form[method=post]")
    assert form["action"] == "/contact/"
    assert [label.get_text(strip=True) for label in form.select("label:not(.contact-form__trap label)")] == [
        "Your name",
        "Your email address",
        "The subject of your message",
        "Your message",
        "I have read the privacy notice",
    ]
    privacy = form.select_one("#id_i_have_read_the_privacy_notice")
    assert privacy["type"] == "checkbox"
    assert privacy.has_attr("required")
    hint = soup.select_one(f"#{privacy['aria-describedby']}")
    assert hint.select_one("a")["href"] == "/privacy-notice/"


def test_valid_enquiry_is_stored_then_emailed_to_the_address_on_the_page(contact_page, client):
    response = client.post("/contact/", VALID)

    assert response.status_code == 200
    assert "Thank you: your message has been sent" in response.content.decode()
    assert "We will reply within five working days." in response.content.decode()
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.form_data["your_email_address"] == "alex@example.org"
    assert submission.form_data["your_message"] == "Do you run courses in Dundee?"
    assert submission.form_data["i_have_read_the_privacy_notice"] is True
    [message] = mail.outbox
    assert message.to == ["enquiries@celcis.example"]
    assert message.from_email == "website@celcis.example"
    assert message.subject == "Website enquiry: Training for foster carers"
    assert message.reply_to == ["alex@example.org"]
    assert "Your message: Do you run courses in Dundee?" in message.body
    assert "I have read the privacy notice: Yes" in message.body


def test_submissions_are_listed_and_exported_as_csv_in_the_admin(contact_page, client):
    client.post("/contact/", VALID)
    admin = get_user_model().objects.create_superuser("editor", password="a-long-test-password")
    client.force_login(admin)

    listing = client.get(f"/admin/forms/submissions/{contact_page.pk}/")
    export = client.get(f"/admin/forms/submissions/{contact_page.pk}/?export=csv")

    assert listing.status_code == 200
    assert "Do you run courses in Dundee?" in listing.content.decode()
    assert export.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert rows[0][1:] == [
        "Your name",
        "Your email address",
        "The subject of your message",
        "Your message",
        "I have read the privacy notice",
    ]
    assert rows[1][1:] == [
        "Alex Morgan",
        "alex@example.org",
        "Training for foster carers",
        "Do you run courses in Dundee?",
        "Yes",
    ]
    cells = [
        td.get_text(strip=True) for td in BeautifulSoup(listing.content, "html.parser").select("tbody td")
    ]
    assert "Yes" in cells
    assert "True" not in cells


def test_mail_server_refusing_loses_nothing_and_the_visitor_is_thanked(
    contact_page, client, settings, caplog
):
    settings.EMAIL_BACKEND = "tests.contacts.mail_backends.RefusingEmailBackend"

    with caplog.at_level(logging.ERROR, logger="contacts.models"):
        response = client.post("/contact/", VALID)

    assert response.status_code == 200
    assert "Thank you: your message has been sent" in response.content.decode()
    assert FormSubmission.objects.get(page=contact_page).form_data["your_name"] == "Alex Morgan"
    [record] = caplog.records
    assert "could not be sent" in record.getMessage()
    assert "421 Service not available" in record.exc_text


def test_unreachable_smtp_server_loses_nothing(contact_page, client, settings, caplog):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", _closed_port(), 2

    with caplog.at_level(logging.ERROR, logger="contacts.models"):
        response = client.post("/contact/", VALID)

    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=contact_page).count() == 1
    assert "ConnectionRefusedError" in caplog.records[0].exc_text


def test_missing_fields_get_an_error_summary_linking_to_each_field(contact_page, client):
    response = client.post("/contact/", {"your_name": "Alex Morgan"})

    assert response.status_code == 400
    soup = _soup(response)
    assert soup.title.get_text().startswith("Error: ")
    summary = soup.select_one(".error-summary")
    assert summary["role"] == "alert"
    assert [(a["href"], a.get_text()) for a in summary.select("a")] == [
        ("#id_your_email_address", "Enter your email address"),
        ("#id_the_subject_of_your_message", "Enter the subject of your message"),
        ("#id_your_message", "Enter your message"),
        ("#id_i_have_read_the_privacy_notice", "Tick the box to confirm you have read the privacy notice"),
    ]
    # Each error sits by its field and is read with it; what the visitor typed is kept.
    message = soup.select_one("#id_your_message")
    assert message["aria-invalid"] == "true"
    assert "id_your_message_error" in message["aria-describedby"].split()
    assert soup.select_one("#id_your_message_error").get_text(" ", strip=True) == "Error: Enter your message"
    assert soup.select_one("#id_your_name")["value"] == "Alex Morgan"
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_invalid_email_address_is_explained(contact_page, client):
    response = client.post("/contact/", {**VALID, "your_email_address": "alex at example"})

    assert response.status_code == 400
    soup = _soup(response)
    assert (
        soup.select_one("#id_your_email_address_error").get_text(" ", strip=True)
        == "Error: Enter an email address in the correct format, like name@example.com"
    )
    assert soup.select_one("#id_your_email_address")["value"] == "alex at example"
    assert not FormSubmission.objects.exists()


def test_message_over_the_length_limit_is_refused_and_what_fits_is_kept_for_editing(contact_page, client):
    too_long = "a" * 4990 + "b" * 11

    response = client.post("/contact/", {**VALID, "your_message": too_long})

    assert response.status_code == 400
    soup = _soup(response)
    assert (
        soup.select_one("#id_your_message_error").get_text(" ", strip=True)
        == "Error: Your message must be 5000 characters or fewer (it has 5001)"
    )
    assert soup.select_one("#id_your_message").get_text().strip() == too_long[:5000]
    assert not FormSubmission.objects.exists()


def test_the_notification_subject_is_the_visitors_subject_on_one_line(contact_page, client):
    client.post(
        "/contact/", {**VALID, "the_subject_of_your_message": "Kinship care\r\nBcc: x@example.org  advice"}
    )

    [message] = mail.outbox
    assert message.subject == "Website enquiry: Kinship care Bcc: x@example.org advice"
    assert "\n" not in message.message()["Subject"]


def test_a_2_mb_enquiry_is_refused_without_being_sent_back(contact_page, client):
    huge = "x" * 2_000_000

    response = client.post("/contact/", {**VALID, "your_message": huge, "your_name": "n" * 300})

    assert response.status_code == 400
    assert len(response.content) < 40_000
    soup = _soup(response)
    assert len(soup.select_one("#id_your_message").get_text().strip()) == 5000
    assert len(soup.select_one("#id_your_name")["value"]) == 255
    assert "(it has 2000000)" in soup.select_one("#id_your_message_error").get_text()
    assert not FormSubmission.objects.exists()


def test_markup_in_any_field_is_stored_as_typed_and_shown_escaped(contact_page, client):
    script = '<script>alert("hi")</script><b>bold</b>'

    invalid = client.post("/contact/", {**VALID, "your_email_address": "", "your_name": script})
    client.post("/contact/", {**VALID, "the_subject_of_your_message": script, "your_message": script})

    html = invalid.content.decode()
    assert script not in html
    assert 'value="&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;"' in html
    stored = FormSubmission.objects.get().form_data
    assert stored["the_subject_of_your_message"] == script
    admin = get_user_model().objects.create_superuser("editor", password="a-long-test-password")
    client.force_login(admin)
    listing = client.get(f"/admin/forms/submissions/{contact_page.pk}/").content.decode()
    assert script not in listing
    assert "&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;" in listing


def test_non_latin_text_is_kept_as_written(contact_page, client):
    words = {
        "your_name": "Ólafur Þór",
        "your_message": "Здравствуйте! 你好。 مرحبا. Tha mi ag iarraidh fiosrachadh.",
    }

    response = client.post("/contact/", {**VALID, **words})

    assert response.status_code == 200
    stored = FormSubmission.objects.get().form_data
    assert stored["your_name"] == "Ólafur Þór"
    assert stored["your_message"] == words["your_message"]
    assert words["your_message"] in mail.outbox[0].body


def test_honeypot_is_hidden_from_people_and_assistive_technology(contact_page, client):
    soup = _soup(client.get("/contact/"))

    trap = soup.select_one("input[name=company_website]").parent
    assert trap["aria-hidden"] == "true"
    assert "contact-form__trap" in trap["class"]
    assert soup.select_one("input[name=company_website]")["tabindex"] == "-1"


def test_filled_honeypot_is_refused_and_nothing_is_stored_or_sent(contact_page, client):
    response = client.post("/contact/", {**VALID, "company_website": "https://spam.example"})

    assert response.status_code == 400
    assert "Your message could not be sent" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_rate_limit_answers_429_with_a_friendly_page_and_stores_nothing_more(contact_page, client, settings):
    settings.CONTACT_FORM_RATE_LIMIT = 2

    statuses = [client.post("/contact/", VALID).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    refused = client.post("/contact/", VALID)
    assert refused["Retry-After"] == "3600"
    html = refused.content.decode()
    assert "You have sent a lot of messages in a short time" in html
    assert "each visitor can send 2 messages every 60 minutes" in html
    assert FormSubmission.objects.count() == 2
    assert len(mail.outbox) == 2


def test_rate_limit_is_per_client_and_defaults_to_five_an_hour(contact_page, client):
    first = [client.post("/contact/", VALID, REMOTE_ADDR="192.0.2.1").status_code for _ in range(6)]
    other = client.post("/contact/", VALID, REMOTE_ADDR="192.0.2.2").status_code

    assert first == [200] * 5 + [429]
    assert other == 200


def test_behind_a_trusted_proxy_the_visitors_own_address_is_counted(contact_page, client, settings):
    settings.CONTACT_FORM_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 1

    def post(forwarded_for):
        return client.post("/contact/", VALID, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded_for)

    assert post("198.51.100.7").status_code == 200
    assert post("198.51.100.8").status_code == 200
    # A forged address on the left changes nothing: the proxy's entry is the one counted.
    assert post("203.0.113.99, 198.51.100.7").status_code == 429


def test_rate_limit_never_keeps_the_client_address(contact_page, client):
    client.post("/contact/", VALID, REMOTE_ADDR="198.51.100.23")

    tables = connection.introspection.table_names()
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - table names from the database itself
            assert "198.51.100.23" not in repr(cursor.fetchall()), table
    # Redis (django-redis) lists its keys; the in-memory cache keeps them in a dict.
    counters = caches["counters"]
    keys = [
        *(cache.keys("*") if hasattr(cache, "keys") else cache._cache.keys()),
        *(counters.keys("*") if hasattr(counters, "keys") else counters._cache.keys()),
    ]
    assert keys
    assert not [key for key in keys if "198.51.100.23" in key]


@pytest.mark.parametrize("method", ["put", "delete"])
def test_other_methods_never_give_a_500(contact_page, client, method):
    assert getattr(client, method)("/contact/").status_code < 500


def test_contact_page_is_never_kept_in_a_shared_cache(contact_page, client):
    for response in [client.get("/contact/"), client.post("/contact/", {}), client.post("/contact/", VALID)]:
        assert "no-cache" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


def test_editors_cannot_give_a_field_the_spam_traps_name():
    with pytest.raises(ValidationError) as error:
        ContactFormField(label="Company website", field_type="url").clean()

    assert "reserved" in str(error.value)
