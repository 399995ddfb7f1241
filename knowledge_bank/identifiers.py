"""DOI, ISBN and ISSN: normalised and checked, so a typing mistake is caught before it is published.

A DOI is checked for its shape (10.<registrant>/<suffix>); ISBN-10, ISBN-13 and
ISSN carry a check digit, which is verified.
"""

import re

from django.core.exceptions import ValidationError

DOI_URL = "https://doi.org/"
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_DOI_PREFIXES = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def normalise_doi(value):
    """'https://doi.org/10.1000/xyz' or 'doi:10.1000/xyz' → '10.1000/xyz'."""
    return _DOI_PREFIXES.sub("", value.strip())


def validate_doi(value):
    if not _DOI.fullmatch(normalise_doi(value)):
        raise ValidationError("A DOI looks like 10.1234/abcd (or its https://doi.org/ address).")


def _digits(value):
    return re.sub(r"[\s-]", "", value.strip()).upper()


def normalise_isbn(value):
    return _digits(value)


def isbn_is_valid(value):
    digits = _digits(value)
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if d == "X" else int(d)) for i, d in enumerate(digits))
        return total % 11 == 0
    if re.fullmatch(r"97[89]\d{10}", digits):
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
        return total % 10 == 0
    return False


def validate_isbn(value):
    if not isbn_is_valid(value):
        raise ValidationError(
            "This is not a valid ISBN: check the digits (10 or 13, the last is a check digit)."
        )


def normalise_issn(value):
    digits = _digits(value)
    return f"{digits[:4]}-{digits[4:]}" if len(digits) == 8 else value.strip()


def issn_is_valid(value):
    digits = _digits(value)
    if not re.fullmatch(r"\d{7}[\dX]", digits):
        return False
    check = (11 - sum((8 - i) * int(d) for i, d in enumerate(digits[:7])) % 11) % 11
    return digits[7] == ("X" if check == 10 else str(check))


def validate_issn(value):
    if not issn_is_valid(value):
        raise ValidationError(
            "This is not a valid ISSN: it is 8 characters, e.g. 1478-1840, the last a check digit."
        )
