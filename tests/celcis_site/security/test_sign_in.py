"""Admin sign-in: repeated failures lock the account out; weak passwords are refused."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True, is_superuser=True)


def _sign_in(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password})


def test_five_failures_lock_the_account_out_even_for_the_right_password(editor, client, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _sign_in(client, "editor", "wrong-password").status_code == 200
    assert _sign_in(client, "editor", "wrong-password").status_code == 429

    locked = _sign_in(client, "editor", PASSWORD)

    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_lockout_does_not_affect_other_accounts(editor, client, settings):
    get_user_model().objects.create_user("moderator", password=PASSWORD, is_staff=True, is_superuser=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _sign_in(client, "editor", "wrong-password")

    response = _sign_in(client, "moderator", PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_successful_sign_in_resets_the_count(editor, client, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _sign_in(client, "editor", "wrong-password")
    assert _sign_in(client, "editor", PASSWORD).status_code == 302
    client.logout()

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _sign_in(client, "editor", "wrong-password")

    assert _sign_in(client, "editor", PASSWORD).status_code == 302


@pytest.mark.parametrize("password", ["short-pw-1", "password1234", "123456789012"])
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_sessions_expire_within_a_working_day(settings):
    assert settings.SESSION_COOKIE_AGE <= 8 * 60 * 60
    assert settings.SESSION_COOKIE_HTTPONLY
    assert settings.CSRF_COOKIE_HTTPONLY
