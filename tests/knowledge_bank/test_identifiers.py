"""DOI, ISBN and ISSN are checked before a resource is saved: a typing mistake is caught, real ones pass."""

import pytest
from django.core.exceptions import ValidationError

from knowledge_bank.identifiers import (
    normalise_doi,
    normalise_issn,
    validate_doi,
    validate_isbn,
    validate_issn,
)


@pytest.mark.parametrize(
    "value", ["10.17868/strath.00012345", "https://doi.org/10.1000/xyz123", "doi:10.1002/car.2345"]
)
def test_a_doi_of_the_right_shape_passes_and_is_stored_bare(value):
    validate_doi(value)
    assert normalise_doi(value).startswith("10.")


@pytest.mark.parametrize("value", ["10.17/abc", "11.1000/xyz", "10.1000", "not a doi"])
def test_a_doi_of_the_wrong_shape_is_refused(value):
    with pytest.raises(ValidationError, match="A DOI looks like"):
        validate_doi(value)


@pytest.mark.parametrize("value", ["978-1-909376-20-5", "9780306406157", "0-306-40615-2", "0 8044 2957 X"])
def test_an_isbn_with_the_right_check_digit_passes(value):
    validate_isbn(value)


@pytest.mark.parametrize("value", ["978-1-909376-20-8", "0-306-40615-3", "12345", "97803064061570"])
def test_an_isbn_with_a_wrong_check_digit_or_length_is_refused(value):
    with pytest.raises(ValidationError, match="not a valid ISBN"):
        validate_isbn(value)


def test_an_issn_is_checked_and_written_with_its_hyphen():
    validate_issn("1478-1840")
    validate_issn("2434-561X")
    assert normalise_issn("14781840") == "1478-1840"
    for wrong in ("1478-1841", "1234", "ABCD-1234"):
        with pytest.raises(ValidationError, match="not a valid ISSN"):
            validate_issn(wrong)
