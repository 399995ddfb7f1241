"""Fixtures for the contacts tests: the contact page under a home page with a privacy notice."""

import pytest

from tests.contacts.factories import ContactPageFactory


@pytest.fixture
def contact_page(home, standard_page):
    # standard_page is the privacy notice, at /privacy-notice/.
    return ContactPageFactory(parent=home, privacy_notice=standard_page)
