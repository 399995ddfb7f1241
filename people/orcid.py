"""ORCID iDs: normalised to 0000-0000-0000-000X and checked with their ISO 7064 MOD 11-2 check digit."""

import re

from django.core.exceptions import ValidationError

ORCID_URL = "https://orcid.org/"
_SHAPE = re.compile(r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")


def normalise_orcid(value):
    """An orcid.org address, 16 bare digits or a spaced iD → the bare hyphenated iD."""
    value = value.strip().upper()
    for prefix in ("HTTPS://ORCID.ORG/", "HTTP://ORCID.ORG/", "ORCID.ORG/"):
        if value.startswith(prefix):
            value = value[len(prefix) :]
    digits = value.replace("-", "").replace(" ", "")
    if len(digits) == 16:
        return "-".join(digits[i : i + 4] for i in range(0, 16, 4))
    return value


def orcid_check_digit(base_digits):
    """The ISO 7064 MOD 11-2 check character of the first 15 digits (ORCID's own algorithm)."""
    total = 0
    for digit in base_digits:
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def validate_orcid(value):
    orcid = normalise_orcid(value)
    if not _SHAPE.match(orcid):
        raise ValidationError(
            "An ORCID iD is 16 characters in four groups, e.g. 0000-0002-1825-0097.", code="orcid_shape"
        )
    digits = orcid.replace("-", "")
    if orcid_check_digit(digits[:15]) != digits[15]:
        raise ValidationError(
            "This ORCID iD's last character does not match the others: check it for a typing mistake.",
            code="orcid_check_digit",
        )
