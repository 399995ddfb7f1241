"""The demo Knowledge Bank: enough real-looking publications to try every filter, and a PDF to search inside.

One demo load, several facets of it read (loading it is the expensive part).
"""

import io

from bs4 import BeautifulSoup
from django.core.management import call_command

from celcis_site.demo.knowledge_bank_content import BOOKLET, PDF_ONLY_PHRASE
from knowledge_bank.models import ResourceFile, ResourcePage
from people.models import PersonPage


def titles(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [a.get_text() for a in page.select(".search-results h2 a, .resource-card__title a")]


def test_demo_library_spans_types_topics_years_with_a_booklet_a_journal_issue_and_searchable_pdfs(db, client):
    call_command("load_demo_content", stdout=io.StringIO())
    resources = ResourcePage.objects.live()

    assert resources.count() >= 15
    assert resources.values("resource_type").distinct().count() >= 6
    assert resources.values("topics").exclude(topics=None).distinct().count() == 4
    assert set(resources.values_list("published_year", flat=True)) == set(range(2015, 2026))
    booklet = resources.get(title=BOOKLET)
    assert booklet.resource_type.name == "Booklet"
    assert booklet.cover_image is not None
    assert PersonPage.objects.live().count() >= 6
    assert not ResourceFile.objects.exclude(text_status="read").exists()
    assert PDF_ONLY_PHRASE not in booklet.summary

    issue = BeautifulSoup(client.get("/knowledge-bank/sjrcc-volume-23-issue-1/").content, "html.parser")
    assert [h3.get_text() for h3 in issue.select(".issue-contents h3")] == [
        "Editorial",
        "Original research",
        "Reviews",
    ]

    # A phrase only inside the booklet's PDF finds it in site search and in the library's own search.
    assert titles(client, f'/search/?q="{PDF_ONLY_PHRASE}"') == [BOOKLET]
    assert titles(client, "/knowledge-bank/?q=homework+clubs+mentors") == [BOOKLET]

    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert "nothing changed" in out.getvalue()
    assert ResourcePage.objects.count() == resources.count()
