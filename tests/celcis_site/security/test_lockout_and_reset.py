"""Behind the proxy, failed sign-ins lock out only the attacker's address; password resets are throttled.

Run with TRUSTED_PROXY_COUNT=1 and the client's address in X-Forwarded-For, as
the TLS proxy docs/production.md describes sends it: every request comes from the
proxy's REMOTE_ADDR.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

PASSWORD = "correct-horse-battery-staple"
PROXY = "10.0.0.1"
ATTACKER = "203.0.113.66"
STAFF_MEMBER = "198.51.100.7"
RESET_URL = "/admin/password_reset/"


@pytest.fixture
def behind_the_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "editor", email="editor@celcis.example", password=PASSWORD, is_staff=True, is_superuser=True
    )


def _sign_in(client, password, address):
    return client.post(
        "/admin/login/",
        {"username": "editor", "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=address,
    )


def test_an_attacker_locks_out_only_themselves_not_the_staff_member(
    editor, client, settings, behind_the_proxy
):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(client, "wrong-password", ATTACKER)

    staff = _sign_in(client, PASSWORD, STAFF_MEMBER)
    client.logout()
    attacker = _sign_in(client, PASSWORD, ATTACKER)

    assert staff.status_code == 302
    assert staff["Location"] == "/admin/"
    assert attacker.status_code == 429


def test_a_forged_forwarded_address_does_not_escape_the_lockout(editor, client, settings, behind_the_proxy):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        # Whatever the client writes on the left, the proxy appends the address it saw.
        _sign_in(client, "wrong-password", f"192.0.2.{attempt}, {ATTACKER}")

    assert _sign_in(client, PASSWORD, f"192.0.2.99, {ATTACKER}").status_code == 429


def _ask_for_reset(client, email, address):
    return client.post(RESET_URL, {"email": email}, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)


def test_password_resets_are_throttled_per_address(editor, client, settings, behind_the_proxy):
    limit = settings.PASSWORD_RESET_LIMIT_PER_ADDRESS
    answers = [_ask_for_reset(client, f"someone{n}@example.org", ATTACKER) for n in range(limit + 1)]

    assert [answer.status_code for answer in answers] == [302] * limit + [429]
    assert "Too many password reset requests" in answers[-1].content.decode()
    assert _ask_for_reset(client, "editor@celcis.example", STAFF_MEMBER).status_code == 302
    assert len(mail.outbox) == 1


def test_one_account_gets_only_a_few_reset_emails_an_hour_whatever_the_address(
    editor, client, settings, behind_the_proxy
):
    answers = [_ask_for_reset(client, "Editor@celcis.example", f"192.0.2.{n}") for n in range(6)]

    # Each answer looks the same (it does not tell whether the address is a staff member's).
    assert {answer.status_code for answer in answers} == {302}
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_ACCOUNT


def test_the_reset_link_uses_the_configured_address_not_the_requests_host(editor, client, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://www.celcis.org.uk"
    settings.ALLOWED_HOSTS = ["testserver", "staging.internal"]

    client.post(RESET_URL, {"email": "editor@celcis.example"}, HTTP_HOST="staging.internal")

    [message] = mail.outbox
    assert "https://www.celcis.org.uk/admin/password_reset/confirm/" in message.body
    assert "staging.internal" not in message.body
