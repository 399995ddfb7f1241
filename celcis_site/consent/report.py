"""What the "Cookie consent" report and `export_consent` show: daily counts, a chart, a CSV.

The counts are one query (accepted and rejected per category per day); the
chart is plain SVG geometry worked out here, so the admin needs no chart
library and no third party.
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


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    kind: str  # "accepted" or "rejected"
    label: str


def bar_chart(days, slugs, *, height=160, bar_width=10):
    """Grouped bars, oldest day on the left: per category, accepted then rejected."""
    ordered = list(reversed(days))
    peak = max((n for day in ordered for pair in day.counts.values() for n in pair), default=0) or 1
    group_width = bar_width * 2 * len(slugs) + bar_width
    bars = []
    for index, day in enumerate(ordered):
        x = index * group_width
        for slug in slugs:
            for kind, value in zip(("accepted", "rejected"), day.counts[slug], strict=True):
                bar_height = round(value / peak * height, 1)
                bars.append(
                    Bar(
                        x=x,
                        y=height - bar_height,
                        width=bar_width - 1,
                        height=bar_height,
                        kind=kind,
                        label=f"{day.day:%d %b}: {value} {kind} {slug}",
                    )
                )
                x += bar_width
    return {"bars": bars, "width": max(group_width * len(ordered), 1), "height": height, "peak": peak}


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
