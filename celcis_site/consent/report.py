"""What the "Cookie consent" report and `export_consent` show: daily counts and a CSV.

The counts are one query (accepted and rejected per category per day); the
chart drawn from them is in `chart.py`.
"""

import csv
import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from celcis_site.security.csv_cells import neutralise_row

from .models import ConsentRecord


@dataclass(frozen=True)
class DayCounts:
    day: datetime.date
    counts: dict  # slug -> (accepted, rejected)


def daily_counts(slugs, since):
    """Accepted and rejected decisions per category per day, newest day first."""
    aggregates = {}
    for slug in slugs:
        aggregates[f"{slug}__yes"] = Count("pk", filter=Q(**{f"choices__{slug}": True}))
        aggregates[f"{slug}__no"] = Count("pk", filter=Q(**{f"choices__{slug}": False}))
    rows = (
        ConsentRecord.objects.filter(created_at__date__gte=since)
        .annotate(day=TruncDate("created_at", tzinfo=timezone.get_current_timezone()))
        .values("day")
        .annotate(total=Count("pk"), **aggregates)
        .order_by("-day")
    )
    return [
        DayCounts(day=row["day"], counts={slug: (row[f"{slug}__yes"], row[f"{slug}__no"]) for slug in slugs})
        for row in rows
    ]


def consent_csv_rows(records, slugs):
    # Neutralised: the slugs come from editors and the source from the request (security/csv_cells.py).
    yield neutralise_row(["consent_id", "decided_at", "policy_version", "source", *slugs])
    for record in records:
        answers = [
            "" if record.choices.get(slug) is None else ("yes" if record.choices[slug] else "no")
            for slug in slugs
        ]
        yield neutralise_row(
            [
                record.consent_id,
                record.created_at.isoformat(timespec="seconds"),
                record.policy_version,
                record.source,
                *answers,
            ]
        )


def write_consent_csv(out, since=None, slugs=()):
    """Every record (since a date, if given), oldest first, as CSV; one column per category."""
    records = ConsentRecord.objects.order_by("created_at", "pk")
    if since:
        records = records.filter(created_at__date__gte=since)
    writer = csv.writer(out)
    for row in consent_csv_rows(records.iterator(chunk_size=2000), slugs):
        writer.writerow(row)
