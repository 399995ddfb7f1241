"""The "Cookie consent" report in the Wagtail admin: daily counts with a chart, search by id, CSV export.

Only users with the `consent.view_consent_report` permission (superusers have
it) may see it; everyone else gets a 403, and the menu item is hidden from them.
"""

import csv
import datetime

from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

from .catalogue import get_catalogue
from .chart import bar_chart
from .models import ConsentRecord
from .report import consent_csv_rows, daily_counts

REPORT_PERMISSION = "consent.view_consent_report"
DEFAULT_DAYS = 30


def _require_report_permission(request):
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied


def _since(request):
    """The `since` date from the query, or 30 days ago; a bad value is reported, not a 500."""
    default = timezone.localdate() - datetime.timedelta(days=DEFAULT_DAYS - 1)
    raw = request.GET.get("since", "").strip()
    if not raw:
        return default, None
    try:
        return datetime.date.fromisoformat(raw), None
    except ValueError:
        return default, "Enter a real date, for example 31 January 2026."


def consent_report(request):
    _require_report_permission(request)
    catalogue = get_catalogue()
    slugs = list(catalogue.optional_slugs)
    since, since_error = _since(request)
    days = daily_counts(slugs, since)
    consent_id = request.GET.get("consent_id", "").strip().lower()[:64]
    matches = None
    if consent_id:
        matches = [
            (record, [record.choices.get(slug) for slug in slugs])
            for record in ConsentRecord.objects.filter(consent_id=consent_id)[:100]
        ]
    return render(
        request,
        "consent/admin/consent_report.html",
        {
            "categories": catalogue.optional,
            "days": [(day, [day.counts[slug] for slug in slugs]) for day in days],
            "chart": bar_chart(days, [(category.name, category.slug) for category in catalogue.optional]),
            "since": since,
            "since_error": since_error,
            "consent_id": consent_id,
            "matches": matches,
            "total": ConsentRecord.objects.filter(created_at__date__gte=since).count(),
        },
    )


class _Echo:
    def write(self, value):
        return value


def consent_export(request):
    _require_report_permission(request)
    since, since_error = _since(request)
    if since_error:
        since = None
    writer = csv.writer(_Echo())
    slugs = list(get_catalogue().optional_slugs)
    records = ConsentRecord.objects.order_by("created_at", "pk")
    if since:
        records = records.filter(created_at__date__gte=since)
    rows = consent_csv_rows(records.iterator(chunk_size=2000), slugs)
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="consent-records-since-{since or "start"}.csv"'
    return response
