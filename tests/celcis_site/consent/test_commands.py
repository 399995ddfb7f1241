"""`export_consent` writes the records as CSV; `prune_consent` deletes those past the retention period."""

import csv
import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from celcis_site.consent.models import ConsentRecord


def _record(consent_id, days_ago, analytics=True):
    record = ConsentRecord.objects.create(
        consent_id=consent_id,
        choices={"analytics": analytics, "preferences": False},
        policy_version=1,
        source="banner",
    )
    ConsentRecord.objects.filter(pk=record.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days_ago)
    )


def _export(*args):
    out = io.StringIO()
    call_command("export_consent", *args, stdout=out)
    return list(csv.reader(io.StringIO(out.getvalue())))


def test_export_writes_every_record_oldest_first_to_standard_output(cookie_policy):
    _record("1" * 32, days_ago=10)
    _record("2" * 32, days_ago=2, analytics=False)

    rows = _export()

    assert rows[0] == [
        "consent_id",
        "decided_at",
        "policy_version",
        "source",
        "analytics",
        "preferences",
        "video",
    ]
    assert [(row[0], row[4], row[5]) for row in rows[1:]] == [("1" * 32, "yes", "no"), ("2" * 32, "no", "no")]
    assert datetime.datetime.fromisoformat(rows[1][1]).tzinfo is not None


def test_export_since_a_date_leaves_out_older_records(cookie_policy):
    _record("1" * 32, days_ago=10)
    _record("2" * 32, days_ago=2)

    since = (timezone.localdate() - datetime.timedelta(days=5)).isoformat()

    assert [row[0] for row in _export("--since", since)[1:]] == ["2" * 32]


def test_export_with_a_bad_date_says_how_to_write_it(cookie_policy):
    with pytest.raises(CommandError, match="--since must be a date as YYYY-MM-DD"):
        call_command("export_consent", "--since", "31/12/2025", stdout=io.StringIO())


def test_prune_deletes_records_two_years_after_the_consent_expired(cookie_policy):
    _record("kept" + "0" * 28, days_ago=365 + 730 - 1)
    _record("gone" + "0" * 28, days_ago=365 + 730 + 1)
    out = io.StringIO()

    call_command("prune_consent", stdout=out)

    assert list(ConsentRecord.objects.values_list("consent_id", flat=True)) == ["kept" + "0" * 28]
    assert out.getvalue().startswith("Deleted 1 consent record made before ")


def test_the_retention_period_is_a_setting(cookie_policy, settings):
    settings.COOKIE_CONSENT_RETENTION_DAYS = 30
    _record("kept" + "0" * 28, days_ago=365 + 29)
    _record("gone" + "0" * 28, days_ago=365 + 31)

    call_command("prune_consent", stdout=io.StringIO())

    assert list(ConsentRecord.objects.values_list("consent_id", flat=True)) == ["kept" + "0" * 28]
