"""Every e-mail's one-click unsubscribe (RFC 8058 headers and a body link) and the signed preferences page."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from newsletter.links import preferences_url
from newsletter.models import RecordAction, Subscriber, SubscriberStatus
from tests.newsletter.conftest import last_mail_to, link_in, sign_up
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def confirmed(client, topics):
    """Ann, signed up and confirmed through the site's own links."""
    sign_up(client, "ann@example.org", topics=["research"])
    client.post(link_in(last_mail_to("ann@example.org"), "confirm"))
    return Subscriber.objects.get(email="ann@example.org")


def header_address(message):
    return message.extra_headers["List-Unsubscribe"].strip("<>").removeprefix("http://testserver")


def test_the_one_click_post_from_the_header_unsubscribes_without_signing_in(confirmed):
    message = last_mail_to("ann@example.org")
    mail_program = Client(enforce_csrf_checks=True)  # no cookies, no origin: an e-mail provider's server

    response = mail_program.post(
        header_address(message),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()
    confirmed.refresh_from_db()
    assert confirmed.status == SubscriberStatus.UNSUBSCRIBED
    actions = [(record.action, record.form) for record in confirmed.records.all()]
    assert actions == [
        (RecordAction.SIGNED_UP, "footer"),
        (RecordAction.CONFIRMED, "confirmation-link"),
        (RecordAction.UNSUBSCRIBED, "one-click"),
    ]


def test_the_body_link_asks_before_unsubscribing_and_a_second_click_changes_nothing(client, confirmed):
    message = last_mail_to("ann@example.org")
    link = link_in(message, "unsubscribe")
    assert link == header_address(message)

    asked = client.get(link)
    assert asked.status_code == 200
    assert "no-store" in asked["Cache-Control"]
    assert "Stop sending the CELCIS weekly email to ann@example.org?" in asked.content.decode()
    assert Subscriber.objects.get().status == SubscriberStatus.CONFIRMED

    client.post(link)
    client.post(link)

    assert Subscriber.objects.get().status == SubscriberStatus.UNSUBSCRIBED
    assert confirmed.records.filter(action=RecordAction.UNSUBSCRIBED, form="unsubscribe-page").count() == 1


def test_unsubscribe_links_for_erased_or_altered_addresses_answer_plainly(client, confirmed):
    link = link_in(last_mail_to("ann@example.org"), "unsubscribe")
    altered = client.post(link[:-3] + "x/")
    confirmed.delete()
    erased = client.post(link, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")

    assert altered.status_code == 400
    assert "This link is not valid" in altered.content.decode()
    assert erased.status_code == 200
    assert "This address is not on our mailing list" in erased.content.decode()


def test_the_preferences_page_changes_topics_with_a_new_record_each_time(client, confirmed):
    sign_up(client, "ann@example.org")  # signing up again e-mails the preferences link
    preferences = link_in(last_mail_to("ann@example.org"), "preferences")

    page = client.get(preferences)
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    soup = BeautifulSoup(page.content, "html.parser")
    assert [box["value"] for box in soup.select("main input[name=topics][checked]")] == ["research"]

    saved = client.post(preferences, {"name": "Ann B", "topics": ["online-safety"], "wording_version": "1"})
    unchanged = client.post(
        preferences, {"name": "Ann B", "topics": ["online-safety"], "wording_version": "1"}
    )
    bad = client.post(preferences, {"topics": ["nonsense"], "wording_version": "1"})

    assert saved.status_code == unchanged.status_code == 200
    assert "Your preferences are saved" in saved.content.decode()
    assert bad.status_code == 400
    assert "Choose topics from the list" in bad.content.decode()
    confirmed.refresh_from_db()
    assert confirmed.name == "Ann B"
    assert [topic.slug for topic in confirmed.topics.all()] == ["online-safety"]
    assert confirmed.every_topic is False
    changes = confirmed.records.filter(action=RecordAction.TOPICS_CHANGED)
    assert [(record.form, record.topics) for record in changes] == [
        ("preferences", [{"slug": "online-safety", "name": "Online safety"}])
    ]
    first_records = confirmed.records.exclude(action=RecordAction.TOPICS_CHANGED)
    assert [record.topics for record in first_records] == [[{"slug": "research", "name": "Research"}]] * 2


def test_the_preferences_page_of_someone_who_left_says_so(client, topics):
    left = SubscriberFactory(status=SubscriberStatus.UNSUBSCRIBED)

    response = client.get(preferences_url(left).removeprefix("http://testserver"))

    assert response.status_code == 410
    assert "You are not on the mailing list" in response.content.decode()
