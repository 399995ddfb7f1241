"""The words a person agrees to when they sign up or change topics, by version.

The form sends the version it showed, so the record keeps the very words that
person read, even from a page cached before the wording changed. To change
the wording, add a new version (never edit an old one: records point at it)
and say what changed in docs/consent.md.
"""

WORDINGS = {
    1: (
        "Send me the CELCIS weekly email of new articles and events in the topics I ticked (every "
        "topic if I ticked none). I will get an email to confirm first, and nothing else is sent "
        "until I do. Every email has a link to unsubscribe with one click. The privacy notice says "
        "what CELCIS keeps and why."
    ),
}
CURRENT_VERSION = max(WORDINGS)


def current():
    return CURRENT_VERSION, WORDINGS[CURRENT_VERSION]


def wording_for(version):
    """The words of `version`, or None for a version this site never showed."""
    return WORDINGS.get(version)
