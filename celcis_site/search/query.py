"""A visitor's search box text, turned into a search query: "quoted phrases" and words in any order.

Only words reach the search back end: punctuation such as `(*` is query syntax
to SQLite's FTS5 and PostgreSQL, and a visitor never means it as such. Double
quotes are the one syntax a visitor uses: the words between a pair must appear
together, in that order. Every other word must appear somewhere, in any order.
"""

import re

from wagtail.search.query import And, Phrase, PlainText

# Longer queries are cut: nobody types more, and it bounds the work a query costs.
MAX_QUERY_LENGTH = 200
NOT_A_WORD_CHARACTER = re.compile(r"[^\w\s]|_")
QUOTED = re.compile(r'"([^"]*)"')


def search_terms(text):
    """The words of `text`, in any script, without search syntax."""
    return " ".join(NOT_A_WORD_CHARACTER.sub(" ", text).split())


def parse_query(text):
    """The search query for a visitor's text, or None when it holds no word to search for."""
    phrases = [Phrase(words) for words in map(search_terms, QUOTED.findall(text)) if words]
    # What is left outside the pairs of quotes (an unpaired quote is dropped as punctuation).
    words = search_terms(QUOTED.sub(" ", text))
    parts = [*phrases, *([PlainText(words, operator="and")] if words else [])]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)
