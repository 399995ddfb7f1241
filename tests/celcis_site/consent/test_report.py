"""The "Cookie consent" report: administrators only, counts per day with a chart, search by id, CSV."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from celcis_site.consent.models import ConsentRecord

REPORT = "/admin/cookie-consent/"
EXPORT = "/admin/cookie-consent/export.csv"


def _record(consent_id, analytics, preferences, when=None, source="banner"):
    record = ConsentRecord.objects.create(
        consent_id=consent_id,
        choices={"analytics": analytics, "preferences": preferences},
        policy_version=1,
        source=source,
    )
    if when:
        ConsentRecord.objects.filter(pk=record.pk).update(created_at=when)
    return record


@pytest.fixture
def records(cookie_policy):
    today = timezone.now()
    yesterday = today - datetime.timedelta(days=1)
    _record("a" * 32, True, True, when=yesterday)
    _record("b" * 32, False, False, when=yesterday)
    _record("b" * 32, True, False, source="cookies-page")
    _record("c" * 32, False, False, when=today - datetime.timedelta(days=400))


@pytest.fixture
def news_editor(client, django_user_model):
    """Staff with Wagtail admin access (as an editor has), but not the consent report permission."""
    editors, _ = Group.objects.get_or_create(name="News editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user("editor", password="a-long-password-1", is_staff=True)
    user.groups.add(editors)
    client.force_login(user)
    return client


def test_a_news_editor_cannot_open_the_report_or_export_and_does_not_see_the_menu_item(news_editor, records):
    assert news_editor.get("/admin/").status_code == 200
    assert "Cookie consent" not in news_editor.get("/admin/").content.decode()
    assert news_editor.get(REPORT).status_code in (302, 403)
    assert news_editor.get(EXPORT).status_code in (302, 403)


def test_anonymous_visitors_are_sent_to_the_login_page(client, records):
    response = client.get(REPORT)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_group_given_the_report_permission_can_open_it(news_editor, records):
    Group.objects.get(name="News editors").permissions.add(
        Permission.objects.get(codename="view_consent_report")
    )

    assert news_editor.get(REPORT).status_code == 200


def test_administrators_see_daily_counts_and_a_server_drawn_chart(admin_client, records):
    response = admin_client.get(REPORT)

    assert response.status_code == 200
    assert "Cookie consent" in admin_client.get("/admin/").content.decode()
    soup = BeautifulSoup(response.content, "html.parser")
    rows = [
        [cell.get_text(strip=True) for cell in row.select("th, td")] for row in soup.select("table tbody tr")
    ]
    today, yesterday = timezone.localdate(), timezone.localdate() - datetime.timedelta(days=1)
    assert rows == [
        [f"{today.day} {today:%B %Y}", "1", "0", "0", "1", "0", "0"],
        [f"{yesterday.day} {yesterday:%B %Y}", "1", "1", "1", "1", "0", "0"],
    ]
    chart = soup.select_one("svg[role=img]")
    # Two days x three categories x accepted/rejected, less the zeros (no bar to draw).
    assert len(chart.select("rect.consent-chart__bar")) == 6
    assert "3 decisions in this period." in response.content.decode()
    assert "<script" not in str(chart)


def test_a_bad_since_date_is_explained_not_an_error(admin_client, records):
    response = admin_client.get(REPORT, {"since": "last tuesday"})

    assert response.status_code == 200
    assert "Enter a real date, for example 31 January 2026." in response.content.decode()


def test_search_by_consent_id_lists_every_decision_of_that_browser(admin_client, records):
    soup = BeautifulSoup(admin_client.get(REPORT, {"consent_id": "b" * 32}).content, "html.parser")

    caption = soup.find("caption", string=f"Decisions recorded for {'b' * 32}")
    rows = [
        [cell.get_text(strip=True) for cell in row.select("td")][1:]
        for row in caption.parent.select("tbody tr")
    ]
    assert rows == [
        ["Cookies page", "1", "Accepted", "Rejected", "Not asked"],
        ["Cookie banner", "1", "Rejected", "Rejected", "Not asked"],
    ]
    unknown = admin_client.get(REPORT, {"consent_id": "nobody"}).content.decode()
    assert "No decision is recorded for the consent id" in unknown


def test_the_csv_export_downloads_every_record_since_the_date(admin_client, records):
    since = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    response = admin_client.get(EXPORT, {"since": since})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == [
        "consent_id",
        "decided_at",
        "policy_version",
        "source",
        "analytics",
        "preferences",
        "video",
    ]
    assert [row[0][:1] + row[3] + row[4] + row[5] for row in rows[1:]] == [
        "abanneryesyes",
        "bbannernono",
        "bcookies-pageyesno",
    ]


def test_the_chart_has_axes_a_legend_and_the_table_as_its_text_alternative(admin_client, records):
    soup = BeautifulSoup(admin_client.get(REPORT).content, "html.parser")

    chart = soup.select_one("svg[role=img]")
    y_labels = [text.get_text() for text in chart.select(".consent-chart__y-labels text")]
    assert y_labels[0] == "0"
    assert int(y_labels[-1]) >= 1
    x_labels = [text.get_text() for text in chart.select(".consent-chart__x-labels text")]
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    assert x_labels[0] == f"{yesterday.day} {yesterday:%b}"
    assert len(chart.select(".consent-chart__axes line")) == 2
    legend = [item.get_text(strip=True) for item in soup.select(".consent-chart__legend li")]
    assert legend == [
        "Analytics accepted",
        "Analytics rejected",
        "Preferences accepted",
        "Preferences rejected",
        "Video accepted",
        "Video rejected",
    ]
    described_by = soup.find(id=chart["aria-describedby"])
    assert described_by.name == "caption"
    assert not chart.select("pattern")  # hatching shimmers when the chart is scaled


def test_since_is_a_date_input(admin_client, records):
    soup = BeautifulSoup(admin_client.get(REPORT, {"since": "2026-01-31"}).content, "html.parser")

    since = soup.select_one("#consent-since")
    assert since["type"] == "date"
    assert since["value"] == "2026-01-31"
    assert soup.select_one('label[for="consent-since"]').get_text() == "Since"
