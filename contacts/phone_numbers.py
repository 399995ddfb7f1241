"""Telephone numbers as tel: links, so that a tap on a phone dials them."""


def tel_uri(number):
    """The number as a tel: URI.

    UK numbers written with a leading 0 become international (+44...), so they
    dial from a phone roaming abroad too; short codes such as 999 and 101 stay
    as they are, because they only work as dialled.
    """
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    if digits.startswith("0"):
        digits = "+44" + digits[1:]
    return f"tel:{digits}"
