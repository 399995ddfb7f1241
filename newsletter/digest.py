"""The weekly digest: once a week, each confirmed subscriber gets what is new in their topics, at most once.

When it goes: every NEWSLETTER_DIGEST_WEEKDAY at NEWSLETTER_DIGEST_HOUR (UK
time), covering what was first published since the previous digest. A round
of the scheduler (run_scheduler) that finds a digest due starts it; the
digest row is unique for its scheduled time, so it is started once.

At most once, no one skipped: before each e-mail, a DigestDelivery row is
inserted for (digest, subscriber), which the database allows only once; the
e-mail is sent after. A mail server that refuses (an SMTP or connection
error) gives the claim back and ends the round; the next round resumes the
same digest with the subscribers still without a row. A process stopped in
some other way mid-send keeps its claim: when it cannot be known whether an
e-mail went, it is not sent again. Nothing is sent to anyone when nothing is
new, and a subscriber whose topics have nothing new gets nothing.

What is new comes from the content apps: each names its sources in its
AppConfig as `newsletter_digest_sources = (("New articles", "news.digest.new_articles"),)`,
a function of (since, until) returning items {"title", "url", "summary", "topic_ids"}.
"""

import datetime
import logging
import smtplib

from django.apps import apps
from django.conf import settings
from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from . import links
from .emails import build_message
from .models import Digest, DigestDelivery, Subscriber, SubscriberStatus

logger = logging.getLogger(__name__)

WEEK = datetime.timedelta(days=7)
# Errors that mean the mail server did not take the message: it is safe to send it again later.
NOT_SENT = (smtplib.SMTPException, OSError)


def latest_slot(now):
    """The most recent scheduled digest time at or before `now`, in UK time."""
    local = timezone.localtime(now)
    day = local.date() - datetime.timedelta(days=(local.weekday() - settings.NEWSLETTER_DIGEST_WEEKDAY) % 7)
    slot = timezone.make_aware(datetime.datetime.combine(day, datetime.time(settings.NEWSLETTER_DIGEST_HOUR)))
    if slot > now:
        slot = timezone.make_aware(
            datetime.datetime.combine(
                day - datetime.timedelta(days=7), datetime.time(settings.NEWSLETTER_DIGEST_HOUR)
            )
        )
    return slot


def digest_sources():
    """[(section heading, function)] from every installed app, in INSTALLED_APPS order."""
    sources = []
    for app_config in apps.get_app_configs():
        for heading, dotted_path in getattr(app_config, "newsletter_digest_sources", ()):
            sources.append((heading, import_string(dotted_path)))
    return sources


def new_content(since, until):
    """[(heading, [item, …])] of what was first published in (since, until], empty sections left out."""
    sections = []
    for heading, source in digest_sources():
        items = source(since, until)
        if items:
            sections.append((heading, items))
    return sections


def sections_for(subscriber, sections):
    """The sections as one subscriber gets them: items in their topics (every item if they chose none)."""
    if subscriber.every_topic:
        return sections
    subscriber_topic_ids = {topic.pk for topic in subscriber.topics.all()}
    theirs = []
    for heading, items in sections:
        matching = [item for item in items if item["topic_ids"] & subscriber_topic_ids]
        if matching:
            theirs.append((heading, matching))
    return theirs


def _due_digest(now):
    """The digest to send now: an unfinished one, or a new one if a scheduled time has passed."""
    unfinished = Digest.objects.filter(finished_at__isnull=True).order_by("period_end").first()
    if unfinished is not None:
        return unfinished
    slot = latest_slot(now)
    last = Digest.objects.order_by("-period_end").first()
    if last is not None and last.period_end >= slot:
        return None
    start = last.period_end if last is not None else slot - WEEK
    digest, _ = Digest.objects.get_or_create(
        period_end=slot, defaults={"period_start": start, "started_at": now}
    )
    return digest


def _message(subscriber, digest, sections):
    return build_message(
        subscriber,
        f"This week at CELCIS: {sum(len(items) for _, items in sections)} new for you",
        "newsletter/emails/digest.txt",
        sections=sections,
        digest=digest,
        preferences_url=links.preferences_url(subscriber),
    )


def _claim(digest, subscriber, now):
    try:
        with transaction.atomic():
            return DigestDelivery.objects.create(digest=digest, subscriber=subscriber, claimed_at=now)
    except IntegrityError:
        return None  # another round or server has it


def send_due_digest(now=None, stdout=None, connection=None):
    """Send (or go on sending) the due digest; returns how many e-mails went in this round."""
    now = now or timezone.now()
    digest = _due_digest(now)
    if digest is None:
        return 0
    sections = new_content(digest.period_start, digest.period_end)
    Digest.objects.filter(pk=digest.pk).update(item_count=sum(len(items) for _, items in sections))
    waiting = (
        Subscriber.objects.filter(status=SubscriberStatus.CONFIRMED, confirmed_at__lte=digest.started_at)
        .exclude(deliveries__digest=digest)
        .prefetch_related("topics")
        .order_by("pk")
    )
    sent = 0
    if sections:
        connection = connection or get_connection()
        for subscriber in waiting.iterator(chunk_size=200):
            theirs = sections_for(subscriber, sections)
            if not theirs:
                continue
            if sent >= settings.NEWSLETTER_DIGEST_BATCH:
                _report(stdout, sent)
                return sent  # the batch is full: the next round goes on
            if _claim(digest, subscriber, now) is None:
                continue
            try:
                connection.send_messages([_message(subscriber, digest, theirs)])
            except NOT_SENT:
                DigestDelivery.objects.filter(digest=digest, subscriber=subscriber).delete()
                logger.exception("Mailing list: the mail server refused the digest; the next round goes on.")
                _report(stdout, sent)
                return sent
            DigestDelivery.objects.filter(digest=digest, subscriber=subscriber).update(sent_at=timezone.now())
            sent += 1
    Digest.objects.filter(pk=digest.pk).update(finished_at=now)
    _report(stdout, sent)
    return sent


def _report(stdout, sent):
    if stdout is not None and sent:
        stdout.write(f"Sent the weekly digest to {sent} subscriber(s).")
