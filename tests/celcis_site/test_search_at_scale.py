"""Search stays an index lookup on PostgreSQL however large the archive grows."""

import io

from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection

from tests.markers import postgres_only


@postgres_only
def test_search_matches_come_from_the_title_and_body_index(news_index, client):
    call_command("generate_articles", "--count", "300", stdout=io.StringIO())
    call_command("update_index", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry")
        # At 300 rows a scan costs the planner no more than the index; at 100,000 it does.
        cursor.execute("SET LOCAL enable_seqscan = off")
        # The condition Wagtail's database back end puts on every search.
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry "
            "WHERE (title || body) @@ to_tsquery('english', 'kinship & care')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "site_search_indexentry_title_body_gin" in plan
    response = client.get("/search/", {"q": "kinship care"})
    assert BeautifulSoup(response.content, "html.parser").select(".search-results h2 a")
