"""The mailing list's records: subscribers, what each agreed to (append-only), and the weekly digests sent.

- `Subscriber` is one e-mail address and its current state (waiting for
  confirmation, confirmed, unsubscribed) and topics; stored lower-cased, so
  'Ann@x' and 'ann@x' are one person.
- `SubscriptionRecord` is the proof (UK GDPR article 7(1)): one row per
  sign-up, confirmation, change of topics and unsubscribe, with the wording
  shown, its version, the form, the topics and the time. Rows are never
  changed once written; no IP address or user agent is kept.
- `Digest` and `DigestDelivery`: one row per weekly digest and one per
  subscriber it was sent to, claimed before sending so no one gets it twice.
"""

import uuid

from django.db import models


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", "Waiting for confirmation"
    CONFIRMED = "confirmed", "Confirmed"
    UNSUBSCRIBED = "unsubscribed", "Unsubscribed"


class Subscriber(models.Model):
    email = models.EmailField(unique=True, help_text="Lower-cased; where the e-mails go.")
    name = models.CharField(max_length=150, blank=True, help_text="As they gave it, if they did.")
    reference = models.UUIDField(
        default=uuid.uuid4, unique=True, editable=False, help_text="Random; the signed links carry it."
    )
    status = models.CharField(
        max_length=20, choices=SubscriberStatus.choices, default=SubscriberStatus.PENDING, db_index=True
    )
    topics = models.ManyToManyField(
        "news.Topic",
        blank=True,
        related_name="newsletter_subscribers",
        help_text="None chosen means every topic.",
    )
    # Kept apart from `topics`: deleting the only topic someone chose must not widen what they get.
    every_topic = models.BooleanField(default=True, help_text="They chose no topic, so they get every topic.")
    signed_up_at = models.DateTimeField(help_text="The latest sign-up; unconfirmed ones expire from it.")
    confirmed_at = models.DateTimeField(null=True, blank=True, help_text="When they last confirmed.")

    class Meta:
        default_permissions = ()
        permissions = [("manage_subscribers", "Can see, export and erase mailing list subscribers")]
        ordering = ["pk"]

    def __str__(self):
        return f"{self.email} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class RecordAction(models.TextChoices):
    SIGNED_UP = "signed-up", "Signed up (not yet confirmed)"
    CONFIRMED = "confirmed", "Confirmed by the e-mailed link"
    TOPICS_CHANGED = "topics-changed", "Changed topics"
    UNSUBSCRIBED = "unsubscribed", "Unsubscribed"


class RecordForm(models.TextChoices):
    FOOTER = "footer", "Sign-up form in the page footer"
    NEWSLETTER_PAGE = "newsletter-page", "Sign-up form on /newsletter/"
    CONFIRMATION_LINK = "confirmation-link", "Link in the confirmation e-mail"
    PREFERENCES = "preferences", "Preferences page (signed link)"
    UNSUBSCRIBE_PAGE = "unsubscribe-page", "Unsubscribe page (link in an e-mail)"
    ONE_CLICK = "one-click", "One-click unsubscribe from the e-mail program (RFC 8058)"


class AppendOnlyError(Exception):
    """A subscription record was about to be changed: they are proof, so only new rows are written."""


class SubscriptionRecord(models.Model):
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="records")
    action = models.CharField(max_length=20, choices=RecordAction.choices)
    form = models.CharField(max_length=20, choices=RecordForm.choices, help_text="Where it was done.")
    wording = models.TextField(blank=True, help_text="The words shown next to the button, as shown.")
    wording_version = models.PositiveIntegerField(null=True, blank=True)
    topics = models.JSONField(
        default=list, blank=True, help_text='The topics agreed to, as [{"slug", "name"}]; [] means all.'
    )
    recorded_at = models.DateTimeField()
    confirms = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="confirmations",
        help_text="For a confirmation: the sign-up it confirms.",
    )

    class Meta:
        default_permissions = ()
        ordering = ["recorded_at", "pk"]

    def __str__(self):
        return f"{self.get_action_display()} at {self.recorded_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("Subscription records are never changed; write a new one.")
        super().save(*args, **kwargs)

    def topic_slugs(self):
        return [topic["slug"] for topic in self.topics]


class Digest(models.Model):
    period_start = models.DateTimeField(help_text="New content published after this…")
    period_end = models.DateTimeField(unique=True, help_text="…and up to this: the digest's scheduled time.")
    started_at = models.DateTimeField(help_text="Subscribers confirmed by then receive it.")
    finished_at = models.DateTimeField(null=True, blank=True, help_text="Empty while still sending.")
    item_count = models.PositiveIntegerField(default=0)

    class Meta:
        default_permissions = ()
        ordering = ["period_end"]

    def __str__(self):
        return f"Digest to {self.period_end:%Y-%m-%d %H:%M}"


class DigestDelivery(models.Model):
    digest = models.ForeignKey(Digest, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    claimed_at = models.DateTimeField(help_text="Claimed before sending: it is never sent twice.")
    sent_at = models.DateTimeField(null=True, blank=True, help_text="Empty if the process stopped mid-send.")

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["digest", "subscriber"], name="newsletter_one_delivery_each")
        ]

    def __str__(self):
        return f"{self.digest} to subscriber {self.subscriber_id}"
