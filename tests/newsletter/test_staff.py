"""Staff with "Can see, export and erase mailing list subscribers": counts, the CSV, erasure; others 403."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from celcis_site.editorial.roles import MODERATORS, NEWS_EDITORS, SITE_ADMINISTRATORS
from newsletter.models import Digest, DigestDelivery, Subscriber, SubscriberStatus, SubscriptionRecord
from tests.newsletter.conftest import last_mail_to, link_in, sign_up
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

URLS = ["/admin/mailing-list/", "/admin/mailing-list/confirmed.csv"]


def staff(client, group_name):
    user = get_user_model().objects.create_user(group_name.replace(" ", "-"), password="x")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


@pytest.fixture
def mailing_list(topics):
    online_safety, research = topics
    SubscriberFactory(email="both@example.org", topics=[online_safety, research])
    SubscriberFactory(email="research@example.org", name='=HYPERLINK("http://evil")', topics=[research])
    SubscriberFactory(email="everything@example.org")
    SubscriberFactory(email="waiting@example.org", status=SubscriberStatus.PENDING, topics=[research])
    SubscriberFactory(email="left@example.org", status=SubscriberStatus.UNSUBSCRIBED, topics=[research])
    return topics


def test_only_site_administrators_have_the_permission_from_the_roles_migration(db):
    holders = Group.objects.filter(permissions__codename="manage_subscribers").values_list("name", flat=True)

    assert list(holders) == [SITE_ADMINISTRATORS]


@pytest.mark.parametrize("group_name", [NEWS_EDITORS, MODERATORS])
def test_other_staff_are_refused_every_mailing_list_screen(client, mailing_list, group_name):
    staff(client, group_name)

    statuses = [client.get(url).status_code for url in URLS]
    erase = client.post(URLS[0], {"email": "both@example.org", "sure": "on"})

    assert statuses == [403, 403]
    assert erase.status_code == 403
    assert Subscriber.objects.filter(email="both@example.org").exists()


def test_an_administrator_sees_confirmed_subscribers_by_topic(client, mailing_list):
    staff(client, SITE_ADMINISTRATORS)

    soup = BeautifulSoup(client.get(URLS[0]).content, "html.parser")
    tables = [
        [[cell.get_text(strip=True) for cell in row.select("td")] for row in table.select("tbody tr")]
        for table in soup.select("table.listing")
    ]

    assert tables[0] == [["3", "1", "1"]]
    assert tables[1] == [["Online safety", "1"], ["Research", "2"], ["Every topic (none chosen)", "1"]]


def test_the_csv_holds_only_confirmed_subscribers_with_formulas_neutralised(client, mailing_list):
    staff(client, SITE_ADMINISTRATORS)

    response = client.get(URLS[1])
    rows = list(csv.reader(io.StringIO(response.content.decode())))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert rows[0] == ["Email", "Name", "Topics", "Confirmed at", "Signed up at"]
    assert [row[0] for row in rows[1:]] == [
        "both@example.org",
        "everything@example.org",
        "research@example.org",
    ]
    by_email = {row[0]: row for row in rows[1:]}
    assert by_email["research@example.org"][1] == '\'=HYPERLINK("http://evil")'
    assert by_email["both@example.org"][2] == "Online safety; Research"
    assert by_email["everything@example.org"][2] == "Every topic"


def test_erasing_a_person_deletes_every_row_for_the_address(client, topics, time_machine):
    sign_up(client, "gone@example.org")
    client.post(link_in(last_mail_to("gone@example.org"), "confirm"))
    gone = Subscriber.objects.get(email="gone@example.org")
    stays = SubscriberFactory(email="stays@example.org")
    digest = Digest.objects.create(
        period_start=gone.signed_up_at, period_end=gone.signed_up_at, started_at=gone.signed_up_at
    )
    for subscriber in (gone, stays):
        DigestDelivery.objects.create(digest=digest, subscriber=subscriber, claimed_at=gone.signed_up_at)
    staff(client, SITE_ADMINISTRATORS)

    unsure = client.post(URLS[0], {"email": "GONE@example.org"})
    erased = client.post(URLS[0], {"email": "GONE@example.org", "sure": "on"})

    assert unsure.status_code == 400
    assert "Tick the box to confirm the erasure" in unsure.content.decode()
    assert (erased.status_code, erased["Location"]) == (302, "/admin/mailing-list/")
    assert not Subscriber.objects.filter(email="gone@example.org").exists()
    assert not SubscriptionRecord.objects.filter(subscriber_id=gone.pk).exists()
    assert list(DigestDelivery.objects.values_list("subscriber__email", flat=True)) == ["stays@example.org"]
    assert list(Subscriber.objects.all()) == [stays]
