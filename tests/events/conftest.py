"""Fixtures for events: an events index under the home page."""

import pytest

from tests.events.factories import EventIndexPageFactory


@pytest.fixture
def events_index(home):
    return EventIndexPageFactory(parent=home)
