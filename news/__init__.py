"""News: the index at /news/ and the articles beneath it."""
