"""Factories for the mailing list: subscribers (confirmed by default) and their sign-up records."""

import factory
from django.utils import timezone

from newsletter import wording
from newsletter.models import RecordAction, RecordForm, Subscriber, SubscriberStatus, SubscriptionRecord


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    name = factory.Sequence(lambda n: f"Reader {n}")
    status = SubscriberStatus.CONFIRMED
    signed_up_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyAttribute(
        lambda subscriber: (
            subscriber.signed_up_at if subscriber.status == SubscriberStatus.CONFIRMED else None
        )
    )

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            Subscriber.objects.filter(pk=self.pk).update(every_topic=False)
            self.every_topic = False


class SignUpRecordFactory(factory.django.DjangoModelFactory):
    subscriber = factory.SubFactory(SubscriberFactory, status=SubscriberStatus.PENDING)
    action = RecordAction.SIGNED_UP
    form = RecordForm.FOOTER
    wording_version = wording.CURRENT_VERSION
    wording = wording.WORDINGS[wording.CURRENT_VERSION]
    recorded_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = SubscriptionRecord
