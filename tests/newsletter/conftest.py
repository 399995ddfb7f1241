"""Fixtures for the mailing list: a home page with two topics, and helpers to sign up and read the e-mails."""

import re

import pytest
from django.core import mail

from tests.news.factories import TopicFactory

SIGN_UP = "/newsletter/subscribe/"


@pytest.fixture
def topics(home):
    """Two topics on a site with a home page: what the forms offer."""
    return [
        TopicFactory(name="Online safety", slug="online-safety"),
        TopicFactory(name="Research", slug="research"),
    ]


def sign_up_data(email="ann@example.org", **extra):
    data = {"email": email, "name": "Ann", "form": "footer", "wording_version": "1", "topics": ["research"]}
    data.update(extra)
    return data


def sign_up(client, email="ann@example.org", **extra):
    return client.post(SIGN_UP, sign_up_data(email, **extra))


def link_in(message, kind):
    """The first link to /newsletter/<kind>/… in an e-mail's body, as a path."""
    match = re.search(rf"http://testserver(/newsletter/{kind}/[^/\s]+/)", message.body)
    assert match, f"no {kind} link in: {message.body}"
    return match.group(1)


def last_mail_to(address):
    matching = [message for message in mail.outbox if address in message.to]
    assert matching, f"no e-mail to {address}"
    return matching[-1]
