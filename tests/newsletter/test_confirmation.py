"""Double opt-in: the e-mailed link asks, then confirms; it expires; unconfirmed sign-ups are pruned."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from newsletter.models import AppendOnlyError, RecordAction, Subscriber, SubscriberStatus, SubscriptionRecord
from tests.newsletter.conftest import last_mail_to, link_in, sign_up
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def test_the_emailed_link_asks_first_then_confirms_and_records_when(client, topics):
    sign_up(client, "ann@example.org", topics=["research", "online-safety"])
    confirm = link_in(last_mail_to("ann@example.org"), "confirm")

    asked = client.get(confirm)
    subscriber = Subscriber.objects.get()
    assert asked.status_code == 200
    assert "no-store" in asked["Cache-Control"]
    assert asked["X-Robots-Tag"] == "noindex"
    assert "Yes, sign me up" in asked.content.decode()
    assert subscriber.status == SubscriberStatus.PENDING, (
        "opening the link (or a mail scanner) confirms nothing"
    )

    confirmed = client.post(confirm)
    again = client.post(confirm)

    assert confirmed.status_code == again.status_code == 200
    assert "You are signed up" in confirmed.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriberStatus.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert sorted(topic.slug for topic in subscriber.topics.all()) == ["online-safety", "research"]
    sign_up_record, confirmation = subscriber.records.all()
    assert confirmation.action == RecordAction.CONFIRMED
    assert confirmation.confirms == sign_up_record
    assert confirmation.recorded_at == subscriber.confirmed_at
    assert (confirmation.wording, confirmation.topics) == (sign_up_record.wording, sign_up_record.topics)
    assert sign_up_record.action == RecordAction.SIGNED_UP, "the sign-up row is left as it was"


def test_a_confirmation_link_expires_after_the_setting(client, topics, settings, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    sign_up(client, "late@example.org")
    confirm = link_in(last_mail_to("late@example.org"), "confirm")

    time_machine.shift(datetime.timedelta(days=7, minutes=1))
    expired = client.post(confirm)
    settings.NEWSLETTER_CONFIRMATION_DAYS = 8
    longer = client.get(confirm)

    assert expired.status_code == 410
    assert "Confirmation links work for 7 days" in expired.content.decode()
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING
    assert longer.status_code == 200


def test_a_link_that_was_altered_gets_a_400_with_a_clear_message(client, topics):
    sign_up(client)
    confirm = link_in(last_mail_to("ann@example.org"), "confirm")

    response = client.get(confirm.replace("/confirm/", "/confirm/x"))

    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()


def test_the_scheduler_prunes_unconfirmed_sign_ups_once_their_link_expired(client, topics, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    sign_up(client, "never@example.org")
    keeps = SubscriberFactory(email="kept@example.org")

    time_machine.shift(datetime.timedelta(days=6))
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert Subscriber.objects.count() == 2

    time_machine.shift(datetime.timedelta(days=1, minutes=1))
    output = io.StringIO()
    call_command("run_scheduler", "--once", stdout=output)

    assert list(Subscriber.objects.all()) == [keeps]
    assert not SubscriptionRecord.objects.filter(subscriber__email="never@example.org").exists()
    assert "Deleted 1 mailing list sign-up(s)" in output.getvalue()
    command = io.StringIO()
    call_command("prune_newsletter_signups", stdout=command)
    assert command.getvalue() == "Deleted 0 unconfirmed mailing list sign-up(s).\n"


def test_a_consent_record_is_never_changed_once_written(client, topics):
    sign_up(client)
    record = SubscriptionRecord.objects.get()
    record.form = "preferences"

    with pytest.raises(AppendOnlyError):
        record.save()
    assert SubscriptionRecord.objects.get().form == "footer"
    assert len(mail.outbox) == 1
