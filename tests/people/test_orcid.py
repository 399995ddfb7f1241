"""ORCID iDs are normalised and checked with their ISO 7064 MOD 11-2 check digit."""

import pytest
from django.core.exceptions import ValidationError

from people.orcid import normalise_orcid, orcid_check_digit, validate_orcid


@pytest.mark.parametrize(
    "orcid",
    [
        "0000-0002-1825-0097",
        "0000-0001-5109-3700",
        "0000-0002-1694-233X",
        "https://orcid.org/0000-0002-1825-0097",
    ],
)
def test_real_orcid_ids_pass(orcid):
    validate_orcid(orcid)


@pytest.mark.parametrize(
    ("orcid", "message"),
    [
        ("0000-0002-1825-0098", "does not match"),  # last digit mistyped
        ("0000-0002-1852-0097", "does not match"),  # two digits swapped
        ("0000-0002-1825", "16 characters"),
        ("not an orcid", "16 characters"),
    ],
)
def test_mistyped_orcid_ids_are_refused_with_a_message(orcid, message):
    with pytest.raises(ValidationError, match=message):
        validate_orcid(orcid)


def test_the_check_digit_can_be_x():
    assert orcid_check_digit("000000021694233") == "X"


def test_addresses_and_bare_digits_become_the_hyphenated_form():
    assert normalise_orcid(" https://orcid.org/0000-0002-1825-0097 ") == "0000-0002-1825-0097"
    assert normalise_orcid("000000021694233x") == "0000-0002-1694-233X"
