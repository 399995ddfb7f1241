"""News: the index at /news/ and its articles, campaigns at /campaigns/, topics and partners."""
