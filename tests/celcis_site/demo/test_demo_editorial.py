"""The demo's legal pages, sitemap page and moderated news sections."""

from bs4 import BeautifulSoup
from wagtail.models import Page, WorkflowPage

from celcis_site.editorial.roles import MODERATION_WORKFLOW
from celcis_site.pages.models import LegalPage
from celcis_site.seo.models import SitemapPage

# The sections of the GDS model accessibility statement, in its order.
GDS_MODEL_SECTIONS = [
    "Using this website",
    "How accessible this website is",
    "Feedback and contact information",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website's accessibility",
    "Compliance status",
    "Non-accessible content",
    "What we're doing to improve accessibility",
    "Preparation of this accessibility statement",
]


def _main_text(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").main


def test_privacy_notice_and_accessibility_statement_are_legal_pages(demo_content):
    assert isinstance(Page.objects.get(url_path="/celcis/privacy-notice/").specific, LegalPage)
    assert isinstance(Page.objects.get(url_path="/celcis/accessibility/").specific, LegalPage)
    assert isinstance(Page.objects.get(url_path="/celcis/sitemap/").specific, SitemapPage)


def test_the_accessibility_statement_follows_the_gds_model_and_targets_wcag_2_2_aa(demo_content, client):
    main = _main_text(client, "/accessibility/")

    assert [a.get_text() for a in main.select("nav.legal-contents a")] == GDS_MODEL_SECTIONS
    text = " ".join(main.get_text(" ").split())
    assert "Web Content Accessibility Guidelines version 2.2 AA standard" in text


def test_the_privacy_notice_covers_enquiries_and_consent_records_honestly(demo_content, client):
    text = " ".join(_main_text(client, "/privacy-notice/").get_text(" ").split())

    assert "stored in the website's database and emailed to CELCIS staff" in text
    assert "a random consent ID" in text
    assert "the version of our cookie policy you saw, and the date and time" in text
    assert "It does not hold your name, your IP address or the pages you visited" in text


def test_the_demo_news_sections_are_moderated(demo_content):
    for url_path in ["/celcis/news/", "/celcis/campaigns/"]:
        section = Page.objects.get(url_path=url_path)
        assert WorkflowPage.objects.get(page=section).workflow.name == MODERATION_WORKFLOW
