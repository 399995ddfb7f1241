"""Staff who "Can view bookings" see each event's bookings, export them as CSV, e-mail confirmed attendees."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail

from celcis_site.editorial.roles import MODERATORS, NEWS_EDITORS, SITE_ADMINISTRATORS
from events.models import BookingStatus
from tests.events.factories import BookableEventFactory, BookingFactory

pytestmark = pytest.mark.django_db


def staff(client, group_name):
    user = get_user_model().objects.create_user(group_name.replace(" ", "-"), password="x")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


@pytest.fixture
def event_with_bookings(events_index):
    event = BookableEventFactory(parent=events_index, title="Community day", slug="community-day", capacity=3)
    BookingFactory(event=event, name="Ann", email="ann@example.org", access_needs="Step-free access")
    BookingFactory(event=event, name='=HYPERLINK("http://evil")', email="bob@example.org")
    BookingFactory(event=event, name="Cat", email="cat@example.org", status=BookingStatus.WAITING)
    BookingFactory(event=event, name="Dan", email="dan@example.org", status=BookingStatus.CANCELLED)
    return event


@pytest.mark.parametrize("group_name", [MODERATORS, SITE_ADMINISTRATORS])
def test_roles_with_the_permission_see_an_events_bookings(client, event_with_bookings, group_name):
    staff(client, group_name)

    html = client.get(f"/admin/event-bookings/{event_with_bookings.pk}/").content.decode()

    assert "Confirmed: <strong>2</strong>" in html
    assert "On the waiting list: <strong>1</strong>" in html
    assert "Cancelled: <strong>1</strong>" in html
    assert "1 place left" in html
    assert "Step-free access" in html
    assert "Community day" in client.get("/admin/event-bookings/").content.decode()


def test_news_editors_without_the_permission_are_refused(client, event_with_bookings):
    staff(client, NEWS_EDITORS)

    base = f"/admin/event-bookings/{event_with_bookings.pk}/"
    responses = [client.get(base), client.get(base + "bookings.csv"), client.post(base + "email/", {})]

    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
    assert [response.status_code for response in responses] == [302, 302, 302]
    assert all(response["Location"] == "/admin/" for response in responses)
    assert mail.outbox == []


def test_csv_export_lists_every_booking_with_formulas_neutralised(client, event_with_bookings):
    staff(client, MODERATORS)

    response = client.get(f"/admin/event-bookings/{event_with_bookings.pk}/bookings.csv")

    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert response["Content-Disposition"] == 'attachment; filename="bookings-community-day.csv"'
    assert {row["Email"] for row in rows} == {
        "ann@example.org",
        "bob@example.org",
        "cat@example.org",
        "dan@example.org",
    }
    assert not any(row["Name"].startswith("=") for row in rows)
    assert (
        next(row for row in rows if row["Email"] == "ann@example.org")["Access needs"] == "Step-free access"
    )


def test_staff_e_mail_every_confirmed_attendee_and_no_one_else(client, event_with_bookings):
    staff(client, SITE_ADMINISTRATORS)

    response = client.post(
        f"/admin/event-bookings/{event_with_bookings.pk}/email/",
        {"subject": "Room change", "message": "We are now in room 6.01."},
    )

    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == ["ann@example.org", "bob@example.org"]
    assert all("We are now in room 6.01." in m.body and m.subject == "Room change" for m in mail.outbox)
