"""`create_staff_user` sets up staff without the Django shell; bad input changes nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError


def _run(*args):
    output = io.StringIO()
    call_command("create_staff_user", *args, stdout=output)
    return output.getvalue()


def test_creates_a_moderator_with_the_password_from_an_environment_variable(db, monkeypatch, client):
    monkeypatch.setenv("NEW_STAFF_PASSWORD", "correct-horse-battery")

    output = _run(
        "morag",
        "--role",
        "moderator",
        "--email",
        "morag@celcis.example",
        "--password-from-env",
        "NEW_STAFF_PASSWORD",
    )

    user = get_user_model().objects.get(username="morag")
    assert list(user.groups.values_list("name", flat=True)) == ["Moderators"]
    assert user.email == "morag@celcis.example"
    assert not user.is_superuser
    assert "Created morag in 'Moderators'" in output
    # The account really signs in to the admin.
    signed_in = client.post("/admin/login/", {"username": "morag", "password": "correct-horse-battery"})
    assert signed_in.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_asks_for_the_password_twice_at_the_prompt(db, monkeypatch):
    answers = iter(["correct-horse-battery", "correct-horse-battery"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))

    _run("eilidh", "--role", "editor")

    assert get_user_model().objects.get(username="eilidh").groups.get().name == "News editors"


@pytest.mark.parametrize(
    ("args", "prompt_answers", "message"),
    [
        (["--role", "admin"], ["correct-horse-battery", "different-horse-battery"], "did not match"),
        (["--role", "admin"], ["short", "short"], "password was refused"),
        (["--role", "admin", "--password-from-env", "NO_SUCH_VARIABLE"], [], "is not set"),
        (["--role", "admin", "--email", "not-an-address"], [], "not an email address"),
    ],
)
def test_bad_input_gets_a_clear_error_and_creates_nobody(db, monkeypatch, args, prompt_answers, message):
    monkeypatch.delenv("NO_SUCH_VARIABLE", raising=False)
    answers = iter(prompt_answers)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))

    with pytest.raises(CommandError, match=message):
        _run("alasdair", *args)

    assert not get_user_model().objects.filter(username="alasdair").exists()


def test_an_existing_username_is_left_alone(db, monkeypatch):
    get_user_model().objects.create_user("fiona", password="an-original-password")
    monkeypatch.setenv("NEW_STAFF_PASSWORD", "correct-horse-battery")

    with pytest.raises(CommandError, match="already exists"):
        _run("fiona", "--role", "admin", "--password-from-env", "NEW_STAFF_PASSWORD")

    user = get_user_model().objects.get(username="fiona")
    assert user.check_password("an-original-password")
    assert not user.groups.exists()


def test_an_unknown_role_is_refused(db):
    with pytest.raises(CommandError, match="invalid choice"):
        _run("someone", "--role", "owner")
