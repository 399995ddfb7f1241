"""The weekly digest on a controlled clock: what is new in their topics, at most once each, no one skipped.

The digest is due every Monday at 08:00 UK time (the default settings) and
covers what was first published in the week before. Rounds run through the
scheduler (`run_scheduler --once`), as in production.
"""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events.models import EventPage
from news.models import NewsArticlePage
from newsletter.models import Digest, DigestDelivery, SubscriberStatus
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.knowledge_bank.factories import KnowledgeBankPageFactory, ResourcePageFactory
from tests.news.factories import NewsArticlePageFactory, TopicFactory
from tests.newsletter.factories import SubscriberFactory
from tests.newsletter.mail_backends import FailingPartWay

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
# Monday 30 November 2026, 08:05 in London (GMT): five minutes after the digest fell due.
MONDAY = datetime.datetime(2026, 11, 30, 8, 5, tzinfo=UTC)
WEDNESDAY_BEFORE = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def scheduler_round(time_machine, when):
    time_machine.move_to(when, tick=False)
    output = io.StringIO()
    call_command("run_scheduler", "--once", stdout=output)
    return output.getvalue()


def published(page, when, topics=()):
    if topics:
        page.topics.set(topics)
        page.save()  # a ParentalManyToManyField is stored on save
    type(page).objects.filter(pk=page.pk).update(first_published_at=when)
    return page


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


@pytest.fixture
def week_of_news(news_index, topics, time_machine):
    """One week's new article per topic choice, an older article, a new event and resource about research."""
    time_machine.move_to(MONDAY, tick=False)
    online_safety, research = topics
    published(
        NewsArticlePageFactory(parent=news_index, title="Research findings"), WEDNESDAY_BEFORE, [research]
    )
    published(NewsArticlePageFactory(parent=news_index, title="General news"), WEDNESDAY_BEFORE)
    published(
        NewsArticlePageFactory(parent=news_index, title="Last month"), MONDAY - datetime.timedelta(days=30)
    )
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=news_index.get_parent()), title="Research webinar"
    )
    published(event, WEDNESDAY_BEFORE, [research])
    library = KnowledgeBankPageFactory(parent=news_index.get_parent())
    published(ResourcePageFactory(parent=library, title="Research report"), WEDNESDAY_BEFORE, [research])
    return topics


def test_each_confirmed_subscriber_gets_what_is_new_in_their_topics_once(week_of_news, time_machine):
    online_safety, research = week_of_news
    SubscriberFactory(email="research@example.org", topics=[research])
    SubscriberFactory(email="everything@example.org")
    SubscriberFactory(email="online@example.org", topics=[online_safety])  # nothing new for them
    gone_topic = TopicFactory(name="Gone", slug="gone")
    SubscriberFactory(email="chose-a-deleted-topic@example.org", topics=[gone_topic])
    gone_topic.delete()  # deleting someone's only topic never widens what they get
    SubscriberFactory(email="waiting@example.org", status=SubscriberStatus.PENDING)
    SubscriberFactory(email="left@example.org", status=SubscriberStatus.UNSUBSCRIBED)

    output = scheduler_round(time_machine, MONDAY)

    assert recipients() == ["everything@example.org", "research@example.org"]
    assert "Sent the weekly digest to 2 subscriber(s)." in output
    by_address = {message.to[0]: message for message in mail.outbox}
    research_body = by_address["research@example.org"].body
    for title in ["Research findings", "Research webinar", "Research report", "New in the Knowledge Bank"]:
        assert title in research_body, title
    assert "General news" not in research_body
    assert "Last month" not in research_body
    everything_body = by_address["everything@example.org"].body
    assert all(
        title in everything_body for title in ["Research findings", "General news", "Research webinar"]
    )
    for message in mail.outbox:
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert message.extra_headers["List-Unsubscribe"].strip("<>") in message.body
        assert "/newsletter/preferences/" in message.body

    scheduler_round(time_machine, MONDAY + datetime.timedelta(minutes=30))
    scheduler_round(time_machine, MONDAY + datetime.timedelta(days=3))
    assert len(mail.outbox) == 2, "the same digest is never sent twice"


def test_nothing_is_sent_in_a_week_with_nothing_new(week_of_news, time_machine):
    SubscriberFactory(email="everything@example.org")
    scheduler_round(time_machine, MONDAY)
    mail.outbox.clear()

    scheduler_round(time_machine, MONDAY + datetime.timedelta(days=7))

    assert mail.outbox == []
    assert Digest.objects.count() == 2
    assert Digest.objects.filter(finished_at__isnull=True).count() == 0
    assert NewsArticlePage.objects.count() == 3, "last week's pages are kept"
    assert EventPage.objects.count() == 1


def test_a_mail_server_failing_part_way_then_a_restart_sends_everyone_exactly_once(
    week_of_news, time_machine, settings
):
    settings.EMAIL_BACKEND = "tests.newsletter.mail_backends.FailingPartWay"
    everyone = [SubscriberFactory(email=f"reader{number}@example.org").email for number in range(5)]
    FailingPartWay.fail_after = 2
    try:
        scheduler_round(time_machine, MONDAY)
        assert recipients() == everyone[:2]
        assert DigestDelivery.objects.count() == 2, "the refused e-mail's claim is given back"
        assert Digest.objects.get().finished_at is None

        FailingPartWay.fail_after = None  # the mail server is back; the scheduler starts again
        scheduler_round(time_machine, MONDAY + datetime.timedelta(minutes=1))
        scheduler_round(time_machine, MONDAY + datetime.timedelta(minutes=2))
    finally:
        FailingPartWay.fail_after = None

    assert recipients() == everyone, "no duplicates, no one skipped"
    assert DigestDelivery.objects.filter(sent_at__isnull=False).count() == 5
    assert Digest.objects.get().finished_at is not None


def test_a_large_list_is_sent_in_batches_over_several_rounds(week_of_news, time_machine, settings):
    settings.NEWSLETTER_DIGEST_BATCH = 2
    for number in range(3):
        SubscriberFactory(email=f"reader{number}@example.org")

    scheduler_round(time_machine, MONDAY)
    first_round = len(mail.outbox)
    scheduler_round(time_machine, MONDAY + datetime.timedelta(minutes=1))

    assert first_round == 2
    assert recipients() == ["reader0@example.org", "reader1@example.org", "reader2@example.org"]
    assert Digest.objects.get().finished_at is not None


def test_a_digest_before_its_time_waits(week_of_news, time_machine):
    SubscriberFactory(
        email="everything@example.org", confirmed_at=timezone.now() - datetime.timedelta(days=1)
    )
    scheduler_round(time_machine, MONDAY)
    mail.outbox.clear()

    scheduler_round(time_machine, MONDAY + datetime.timedelta(days=6, hours=23))

    assert mail.outbox == []
    assert Digest.objects.count() == 1
