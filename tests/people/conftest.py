"""Fixtures for the people tests: the /people/ index under the home page."""

import pytest

from tests.people.factories import PeopleIndexPageFactory


@pytest.fixture
def people_index(home):
    return PeopleIndexPageFactory(parent=home)
