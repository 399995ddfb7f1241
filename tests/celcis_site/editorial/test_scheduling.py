"""Scheduled publishing: editors enter UK times, and the scheduler publishes when the time comes."""

import datetime
import io

import psycopg
import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from celcis_site.editorial.scheduling import SCHEDULER_LOCK_KEY
from news.models import NewsArticlePage
from tests.markers import postgres_only
from tests.news.factories import NewsArticlePageFactory

from .conftest import article_form

UTC = datetime.UTC
# 12:00 in London in July is 11:00 UTC (British Summer Time).
GO_LIVE_AS_TYPED = "01/07/2030 12:00"
GO_LIVE_UTC = datetime.datetime(2030, 7, 1, 11, 0, tzinfo=UTC)


def _run_scheduler():
    output = io.StringIO()
    call_command("run_scheduler", "--once", stdout=output)
    return output.getvalue()


def _schedule_article(client, news_index, slug):
    url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", news_index.pk))
    form = article_form(
        "Embargoed report", slug, go_live_at=GO_LIVE_AS_TYPED, **{"action-publish": "Publish"}
    )
    response = client.post(url, form)
    assert response.status_code == 302
    return NewsArticlePage.objects.get(slug=slug)


@time_machine.travel(datetime.datetime(2030, 6, 1, 9, 0, tzinfo=UTC), tick=False)
def test_a_scheduled_article_goes_live_when_the_scheduler_runs_past_its_time(sections, make_staff, client):
    client.force_login(make_staff("moderator"))
    article = _schedule_article(client, sections["news"], "embargoed-report")

    assert not article.live
    assert article.scheduled_revision.approved_go_live_at == GO_LIVE_UTC

    with time_machine.travel(GO_LIVE_UTC - datetime.timedelta(minutes=1), tick=False):
        _run_scheduler()
    article.refresh_from_db()
    assert not article.live
    assert client.get("/news/embargoed-report/").status_code == 404

    with time_machine.travel(GO_LIVE_UTC + datetime.timedelta(minutes=1), tick=False):
        _run_scheduler()
    article.refresh_from_db()
    assert article.live
    assert client.get("/news/embargoed-report/").status_code == 200


def test_an_article_is_taken_down_when_the_scheduler_runs_past_its_expiry(sections, client):
    expiry = timezone.now() + datetime.timedelta(hours=1)
    article = NewsArticlePageFactory(parent=sections["news"], slug="short-lived", expire_at=expiry)
    assert client.get("/news/short-lived/").status_code == 200

    with time_machine.travel(expiry + datetime.timedelta(minutes=1), tick=False):
        _run_scheduler()

    article.refresh_from_db()
    assert not article.live
    assert client.get("/news/short-lived/").status_code == 404


@time_machine.travel(datetime.datetime(2030, 6, 1, 9, 0, tzinfo=UTC), tick=False)
def test_editors_see_and_enter_times_in_london_time(sections, make_staff, client):
    client.force_login(make_staff("moderator"))
    article = _schedule_article(client, sections["news"], "summer-time")

    html = client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,))).content.decode()

    assert 'value="01/07/2030 12:00"' in html
    assert "(UK time)" in html
    # With one zone allowed, the account settings offer no other.
    preferences = client.get(reverse("wagtailadmin_account")).content.decode()
    assert "America/New_York" not in preferences


def test_the_scheduler_refuses_a_zero_interval(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="at least 1 second"):
        call_command("run_scheduler", "--interval", "0", stdout=io.StringIO())


@postgres_only
def test_only_one_scheduler_publishes_while_another_holds_the_lock(sections):
    expiry = timezone.now() - datetime.timedelta(minutes=1)
    article = NewsArticlePageFactory(parent=sections["news"], slug="expired", expire_at=expiry)
    settings = connection.settings_dict
    other_server = psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"],
        password=settings["PASSWORD"],
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
        autocommit=True,
    )
    try:
        other_server.execute("SELECT pg_advisory_lock(%s)", [SCHEDULER_LOCK_KEY])
        assert "Another scheduler holds the lock" in _run_scheduler()
        article.refresh_from_db()
        assert article.live

        other_server.execute("SELECT pg_advisory_unlock(%s)", [SCHEDULER_LOCK_KEY])
        _run_scheduler()
        article.refresh_from_db()
        assert not article.live
    finally:
        other_server.close()
