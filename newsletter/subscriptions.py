"""What people do with their subscription, each step stored with its record: sign up, confirm, change, leave.

Every step that changes what someone agreed to writes a new SubscriptionRecord
(never an update of an old one). Signing up with an address already on the
list changes nothing stored and sends that address, not the visitor, an
e-mail saying so: the web page is the same whatever the list holds.
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from celcis_site.security.throttle import Throttle

from . import emails
from .models import RecordAction, RecordForm, Subscriber, SubscriberStatus, SubscriptionRecord

logger = logging.getLogger(__name__)


def topics_snapshot(topics):
    return [{"slug": topic.slug, "name": topic.name} for topic in topics]


def _record(subscriber, action, form, now, wording_version=None, wording_text="", topics=(), confirms=None):
    return SubscriptionRecord.objects.create(
        subscriber=subscriber,
        action=action,
        form=form,
        wording=wording_text,
        wording_version=wording_version,
        topics=list(topics),
        recorded_at=now,
        confirms=confirms,
    )


def _mail_allowed(email):
    """At most NEWSLETTER_EMAILS_PER_ADDRESS sign-up e-mails a day to one address: no mail-bombing anyone."""
    return Throttle(
        "newsletter-address",
        email,
        settings.NEWSLETTER_EMAILS_PER_ADDRESS,
        24 * 60 * 60,
        "Mailing list e-mails",
    ).take()


def sign_up(email, name, topics, form, wording_version, wording_text, now=None):
    """Store a sign-up and send the e-mail it calls for; the caller learns nothing about the address."""
    now = now or timezone.now()
    email = email.strip().lower()
    with transaction.atomic():
        subscriber, _ = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults={"signed_up_at": now, "name": name}
        )
        if subscriber.status == SubscriberStatus.CONFIRMED:
            sign_up_record = None
        else:
            Subscriber.objects.filter(pk=subscriber.pk).update(
                status=SubscriberStatus.PENDING, signed_up_at=now, name=name
            )
            subscriber.refresh_from_db()
            sign_up_record = _record(
                subscriber,
                RecordAction.SIGNED_UP,
                form,
                now,
                wording_version,
                wording_text,
                topics_snapshot(topics),
            )
    if not _mail_allowed(email):
        logger.info("Mailing list: sign-up e-mail not sent; too many today for that address.")
        return
    if sign_up_record is None:
        emails.send_already_subscribed(subscriber)
    else:
        emails.send_confirmation(sign_up_record)


def confirm(subscriber, sign_up_record, now=None):
    """Confirm the sign-up the link was for: its topics become the subscriber's. Idempotent."""
    now = now or timezone.now()
    from news.models import Topic

    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status != SubscriberStatus.PENDING:
            return subscriber
        subscriber.status = SubscriberStatus.CONFIRMED
        subscriber.confirmed_at = now
        subscriber.every_topic = not sign_up_record.topics
        subscriber.save(update_fields=["status", "confirmed_at", "every_topic"])
        subscriber.topics.set(Topic.objects.filter(slug__in=sign_up_record.topic_slugs()))
        _record(
            subscriber,
            RecordAction.CONFIRMED,
            RecordForm.CONFIRMATION_LINK,
            now,
            sign_up_record.wording_version,
            sign_up_record.wording,
            sign_up_record.topics,
            confirms=sign_up_record,
        )
    return subscriber


def change_preferences(subscriber, name, topics, wording_version, wording_text, now=None):
    """New name and topics; a change of topics is a new record. Returns whether the topics changed."""
    now = now or timezone.now()
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        Subscriber.objects.filter(pk=subscriber.pk).update(name=name)
        before = set(subscriber.topics.values_list("slug", flat=True))
        after = {topic.slug for topic in topics}
        if before == after and subscriber.every_topic == (not after):
            return False
        subscriber.topics.set(topics)
        Subscriber.objects.filter(pk=subscriber.pk).update(every_topic=not after)
        _record(
            subscriber,
            RecordAction.TOPICS_CHANGED,
            RecordForm.PREFERENCES,
            now,
            wording_version,
            wording_text,
            topics_snapshot(topics),
        )
    return True


def unsubscribe(subscriber, form, now=None):
    """Take the address off the list (a pending sign-up too). Returns False if it was off already."""
    now = now or timezone.now()
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status == SubscriberStatus.UNSUBSCRIBED:
            return False
        Subscriber.objects.filter(pk=subscriber.pk).update(status=SubscriberStatus.UNSUBSCRIBED)
        _record(subscriber, RecordAction.UNSUBSCRIBED, form, now)
    return True


def erase(email):
    """Delete every row about this address (subscriber, records, deliveries). Returns the rows deleted."""
    deleted, _ = Subscriber.objects.filter(email=email.strip().lower()).delete()
    return deleted


def prune_unconfirmed(now=None, stdout=None):
    """Delete sign-ups not confirmed within NEWSLETTER_CONFIRMATION_DAYS, with every row about them."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.NEWSLETTER_CONFIRMATION_DAYS)
    expired = Subscriber.objects.filter(status=SubscriberStatus.PENDING, signed_up_at__lt=cutoff)
    _, deleted = expired.delete()
    count = deleted.get(Subscriber._meta.label, 0)
    if count and stdout is not None:
        stdout.write(f"Deleted {count} mailing list sign-up(s) not confirmed in time.")
    return count
