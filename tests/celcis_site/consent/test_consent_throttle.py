"""One client cannot skew the consent report: past the hourly limit, decisions apply but are not recorded."""

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.models import ConsentRecord
from celcis_site.consent.state import read_consent

URL = "/cookie-consent/"


def test_a_hundred_decisions_from_one_client_make_only_the_limits_worth_of_records(
    client, cookie_policy, settings
):
    answers = ["accept" if n % 2 else "reject" for n in range(100)]

    responses = [
        client.post(URL, {"cookies": answer, "next": "/"}, REMOTE_ADDR="203.0.113.9") for answer in answers
    ]

    assert ConsentRecord.objects.count() == settings.CONSENT_RECORD_RATE_LIMIT
    # The person's last choice still applies to their browser.
    assert all(response.status_code == 303 for response in responses)
    assert read_consent(responses[-1].cookies[CONSENT_COOKIE_NAME].value).accepted == {
        "analytics",
        "preferences",
        "video",
    }


def test_another_client_is_still_recorded(client, cookie_policy, settings):
    for _ in range(settings.CONSENT_RECORD_RATE_LIMIT + 5):
        client.post(URL, {"cookies": "reject"}, REMOTE_ADDR="203.0.113.9")

    client.post(URL, {"cookies": "accept"}, REMOTE_ADDR="203.0.113.10")

    assert ConsentRecord.objects.count() == settings.CONSENT_RECORD_RATE_LIMIT + 1
