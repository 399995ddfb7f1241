"""The demo loader builds the site around the 2017 article, and a second run changes nothing."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.models import Page, Revision, Site

from contacts.models import ContactDetails
from news.models import NewsArticlePage

SEED_SLUG = "new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders"
SEED_URL = f"/news/{SEED_SLUG}/"


@pytest.fixture
def demo_site(db):
    call_command("load_demo_content", stdout=io.StringIO())


def _snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "live", "url_path")),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "users": get_user_model().objects.count(),
        "sites": list(Site.objects.values_list("hostname", "port", "root_page_id")),
        "contact": list(ContactDetails.objects.values()),
    }


def test_running_the_loader_twice_changes_nothing(demo_site):
    before = _snapshot()

    call_command("load_demo_content", stdout=io.StringIO())

    assert _snapshot() == before


def test_loader_keeps_what_an_editor_changed(demo_site):
    article = NewsArticlePage.objects.get(slug=SEED_SLUG)
    article.title = "Edited by staff"
    article.save_revision().publish()
    details = ContactDetails.objects.get()
    details.phone = "0141 000 0000"
    details.save()

    call_command("load_demo_content", stdout=io.StringIO())

    assert NewsArticlePage.objects.get(slug=SEED_SLUG).title == "Edited by staff"
    assert ContactDetails.objects.get().phone == "0141 000 0000"


def test_seed_article_is_live_at_its_old_address_with_its_text(demo_site, client):
    response = client.get(SEED_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "New campaign tackles increased threat of live streaming by online sex offenders" in html
    assert 'Published, <time datetime="2017-12-05">5 December 2017</time>' in html
    assert "<h2>Short animation</h2>" in html
    assert "<h2>Digital Childhood report</h2>" in html
    assert ">Digital Childhood report</a>" in html
    assert "safeguarded 245 children and arrested 192 people" in html
    assert "Almost 58% are not sure if they have adequate online security." in html


def test_every_demo_page_shows_the_footer_contact_block_and_links(demo_site, client):
    for url in ["/", "/news/", SEED_URL, "/privacy-notice/", "/worried-about-a-child/"]:
        footer = BeautifulSoup(client.get(url).content, "html.parser").select_one("footer.site-footer")
        address = footer.address.get_text(" ", strip=True)
        assert "Curran Building, Level 6" in address, url
        assert "94 Cathedral St, Glasgow G4 0LG" in address, url
        assert footer.select_one('a[href="tel:+441414448500"]').get_text() == "0141 444 8500"
        assert [(a["href"], a.get_text()) for a in footer.select(".footer-links a")] == [
            ("/sitemap/", "Sitemap"),
            ("/accessibility/", "Accessibility"),
            ("/cookies/", "Cookies"),
            ("/privacy-notice/", "Privacy notice"),
        ], url


def test_copyright_line_shows_the_current_year_not_a_stale_one(demo_site, client):
    html = client.get("/").content.decode()

    assert f"&copy; {timezone.localdate().year} CELCIS. All rights reserved." in html
    assert "© 2019" not in html


def test_demo_pages_answer_at_the_urls_in_the_page_map(demo_site, client):
    for url in [
        "/",
        "/news/",
        SEED_URL,
        "/contact/",
        "/worried-about-a-child/",
        "/privacy-notice/",
        "/cookies/",
        "/accessibility/",
        "/sitemap/",
    ]:
        assert client.get(url).status_code == 200, url


def test_seed_article_keeps_its_2017_dates(demo_site):
    article = NewsArticlePage.objects.get(slug=SEED_SLUG)

    assert article.publication_date == datetime.date(2017, 12, 5)
    assert timezone.localtime(article.first_published_at).date() == datetime.date(2017, 12, 5)
    assert article.revisions.count() == 1


def test_demo_image_is_drawn_locally_and_used_in_the_article(demo_site, client):
    image = Image.objects.get(title="#WhoIsSam campaign banner")

    assert (image.width, image.height) == (1200, 630)
    html = client.get(SEED_URL).content.decode()
    assert 'alt="The campaign hashtag #WhoIsSam in white on purple."' in html


def test_demo_admin_account_exists_only_when_the_settings_ask_for_it(db, settings):
    settings.DEMO_ADMIN_ACCOUNT = None
    call_command("load_demo_content", stdout=io.StringIO())
    assert not get_user_model().objects.exists()

    settings.DEMO_ADMIN_ACCOUNT = {"username": "demo-admin", "password": "a-long-demo-password"}
    call_command("load_demo_content", stdout=io.StringIO())
    assert get_user_model().objects.get().is_superuser
