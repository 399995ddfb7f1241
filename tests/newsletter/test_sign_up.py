"""Signing up from every page footer or /newsletter/: cached pages stay shared, the list stays private."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client

from newsletter import wording
from newsletter.models import RecordAction, Subscriber, SubscriberStatus, SubscriptionRecord
from tests.newsletter.conftest import SIGN_UP, link_in, sign_up, sign_up_data
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def test_a_cached_page_carries_the_footer_form_and_two_visitors_get_the_same_copy(client, topics):
    first = client.get("/")
    second = Client().get("/")

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert first.content == second.content
    html = first.content.decode()
    assert "csrfmiddlewaretoken" not in html
    form = BeautifulSoup(html, "html.parser").select_one(".site-footer form.newsletter-form")
    assert form["action"] == SIGN_UP
    assert form["method"] == "post"
    assert [box["value"] for box in form.select("input[name=topics]")] == ["online-safety", "research"]
    assert form.select_one("input[name=form]")["value"] == "footer"
    assert wording.WORDINGS[1] in form.get_text(" ", strip=True)


def test_the_newsletter_page_has_its_own_form_and_is_cached_like_any_page(client, topics):
    first = client.get("/newsletter/")
    second = Client().get("/newsletter/")

    assert (first.status_code, second["X-Page-Cache"]) == (200, "hit")
    soup = BeautifulSoup(first.content, "html.parser")
    forms = soup.select("form.newsletter-form")
    assert len(forms) == 1, "the footer's copy is left out on the page that has the form"
    assert forms[0].select_one("input[name=form]")["value"] == "newsletter-page"
    assert soup.h1.get_text() == "Get our weekly email"


def test_a_sign_up_is_stored_with_proof_of_the_wording_and_a_confirmation_is_sent(client, topics):
    response = sign_up(client, "Ann@Example.org", form="newsletter-page")

    assert response.status_code == 303
    assert response["Location"] == "/newsletter/check-your-email/"
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.status, subscriber.name) == ("ann@example.org", "pending", "Ann")
    assert list(subscriber.topics.all()) == [], "topics apply only once confirmed"
    record = subscriber.records.get()
    assert record.action == RecordAction.SIGNED_UP
    assert (record.form, record.wording_version, record.wording) == (
        "newsletter-page",
        1,
        wording.WORDINGS[1],
    )
    assert record.topics == [{"slug": "research", "name": "Research"}]
    assert record.recorded_at is not None
    stored = {field.name for field in SubscriptionRecord._meta.get_fields()}
    assert not {name for name in stored if "ip" in name.split("_") or "agent" in name}

    (message,) = mail.outbox
    assert message.to == ["ann@example.org"]
    assert "/newsletter/confirm/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = link_in(message, "unsubscribe")
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe}>"
    page = client.get("/newsletter/check-your-email/")
    assert "open the link in it within 7 days" in page.content.decode()


def test_signing_up_again_never_reveals_whether_the_address_was_on_the_list(client, topics):
    confirmed = SubscriberFactory(email="known@example.org", topics=[topics[0]])
    SubscriberFactory(email="left@example.org", status=SubscriberStatus.UNSUBSCRIBED)
    sign_up(client, "waiting@example.org")
    mail.outbox.clear()

    responses = [
        sign_up(client, email)
        for email in ["new@example.org", "waiting@example.org", "known@example.org", "left@example.org"]
    ]

    assert {(r.status_code, r["Location"], r.content) for r in responses} == {
        (303, "/newsletter/check-your-email/", b"")
    }
    assert {r.headers.get("Set-Cookie") for r in responses} == {None}
    # The owner of a known address is told by e-mail, and nothing about them changes.
    assert "already get it" in [m for m in mail.outbox if m.to == ["known@example.org"]][0].body
    confirmed.refresh_from_db()
    assert confirmed.status == SubscriberStatus.CONFIRMED
    assert [topic.slug for topic in confirmed.topics.all()] == ["online-safety"]
    assert not confirmed.records.exists()
    assert Subscriber.objects.get(email="left@example.org").status == SubscriberStatus.PENDING


BAD_SIGN_UPS = [
    ({"email": "not-an-address"}, "Enter an email address in the correct format"),
    ({"email": ""}, "Enter your email address"),
    ({"topics": ["no-such-topic"]}, "Choose topics from the list"),
    ({"wording_version": "99"}, "This form is out of date"),
    ({"form": "somewhere-else"}, "This form is out of date"),
    ({"name": "x" * 151}, "at most 150 characters"),
]


def test_bad_sign_ups_get_a_400_with_a_clear_message_and_store_nothing(client, topics):
    for change, message in BAD_SIGN_UPS:
        data = {**sign_up_data("typed@example.org"), **change}
        response = client.post(SIGN_UP, data)

        assert response.status_code == 400, change
        html = response.content.decode()
        assert message in html, change
        assert "There is a problem" in html
    assert not Subscriber.objects.exists()
    assert mail.outbox == []
    kept = BeautifulSoup(client.post(SIGN_UP, sign_up_data("typed", name="Tam")).content, "html.parser")
    assert kept.select_one("#newsletter-page-email")["value"] == "typed"
    assert kept.select_one("#newsletter-page-name")["value"] == "Tam"
    assert kept.select_one("#newsletter-page-topic-research").has_attr("checked")


def test_sign_ups_from_other_sites_other_methods_and_oversized_bodies_are_refused(client, topics):
    cross_site = client.post(SIGN_UP, sign_up_data(), headers={"Sec-Fetch-Site": "cross-site"})
    other_origin = client.post(SIGN_UP, sign_up_data(), headers={"Origin": "https://evil.example"})
    same_site = client.post(SIGN_UP, sign_up_data(), headers={"Sec-Fetch-Site": "same-origin"})
    get = client.get(SIGN_UP)
    huge = client.post(SIGN_UP, sign_up_data(name="x" * 5000))

    assert (cross_site.status_code, other_origin.status_code) == (403, 403)
    assert b"only be sent from this website" in cross_site.content
    assert same_site.status_code == 303
    assert get.status_code == 405
    assert (huge.status_code, huge.content) == (400, b"The form could not be read.\n")
    assert Subscriber.objects.count() == 1


def test_one_client_sending_many_sign_ups_is_slowed_down(client, topics, settings):
    settings.NEWSLETTER_SIGN_UP_RATE_LIMIT = 2
    sign_up(client, "a@example.org")
    sign_up(client, "b@example.org")

    response = sign_up(client, "c@example.org")

    assert response.status_code == 429
    assert "try again in 60 minutes" in response.content.decode()
    assert not Subscriber.objects.filter(email="c@example.org").exists()


def test_one_address_gets_at_most_a_few_sign_up_emails_a_day(client, topics, settings):
    settings.NEWSLETTER_EMAILS_PER_ADDRESS = 2
    responses = [sign_up(client, "often@example.org") for _ in range(3)]

    assert {response.status_code for response in responses} == {303}
    assert len(mail.outbox) == 2
