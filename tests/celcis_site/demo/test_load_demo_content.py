"""The demo loader builds the site around the 2017 article, and a second run changes nothing."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from PIL import Image as PILImage
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
            ("https://www.strath.ac.uk/", "University of Strathclyde"),
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
    assert 'alt="The campaign hashtag #WhoIsSam in white on a purple and blue background."' in html


def test_demo_admin_account_exists_only_when_the_settings_ask_for_it(db, settings):
    settings.DEMO_ADMIN_ACCOUNT = None
    call_command("load_demo_content", stdout=io.StringIO())
    assert not get_user_model().objects.exists()

    settings.DEMO_ADMIN_ACCOUNT = {"username": "demo-admin", "password": "a-long-demo-password"}
    call_command("load_demo_content", stdout=io.StringIO())
    assert get_user_model().objects.get().is_superuser


def _distinct_colours(image):
    with image.open_file() as file:
        return len(PILImage.open(file).convert("RGB").resize((120, 63)).getcolors(maxcolors=100_000))


def test_demo_news_runs_up_to_the_day_it_is_loaded(demo_site, client):
    soup = BeautifulSoup(client.get("/news/").content, "html.parser")

    newest = datetime.date.fromisoformat(soup.select("time[datetime]")[0]["datetime"])
    assert (timezone.localdate() - newest).days <= 7
    years = {article.publication_date.year for article in NewsArticlePage.objects.all()}
    assert {2017, 2018, timezone.localdate().year} <= years


def test_demo_articles_have_bodies_with_headings_and_paragraphs_not_just_their_introduction(
    demo_site, client
):
    for article in NewsArticlePage.objects.exclude(slug=SEED_SLUG):
        soup = BeautifulSoup(client.get(article.url).content, "html.parser")
        body = soup.select_one("main article")
        assert len([h2 for h2 in body.select("h2") if not h2.find_parent("footer")]) >= 2, article.slug
        paragraphs = [p.get_text(strip=True) for p in body.select("p") if not p.find_parent("footer")]
        assert sum(len(text) > 80 for text in paragraphs if text != article.introduction) >= 3, article.slug


def test_demo_images_are_pictures_not_flat_boxes(demo_site, client):
    logos = Image.objects.filter(title__endswith=" logo")
    illustrations = Image.objects.filter(title__endswith="(illustration)")

    assert logos.count() == 2
    assert illustrations.count() >= 10
    for image in [*logos, *illustrations, Image.objects.get(title="#WhoIsSam campaign banner")]:
        assert _distinct_colours(image) > 200, image.title
        assert image.description, image.title
    html = client.get("/campaigns/whoissam/").content.decode()
    assert 'alt="National Crime Agency"' in html


def test_the_loader_says_once_what_it_made_with_the_sites_real_addresses(db, settings, caplog):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123"
    output = io.StringIO()

    with caplog.at_level("INFO"):
        call_command("load_demo_content", stdout=output)

    lines = output.getvalue().strip().splitlines()
    assert lines[0].startswith("Demo content loaded: ")
    assert len(lines) < 25
    assert "  Home" in output.getvalue()
    assert "http://127.0.0.1:8123/news/" in output.getvalue()
    assert "http://127.0.0.1:8123/admin/" in output.getvalue()
    assert "/celcis/" not in output.getvalue()
    assert not any(line.lstrip().startswith("{") for line in lines)
    assert not [r for r in caplog.records if "Page cache cleared" in r.getMessage()]
    assert len(caplog.records) < 10


def test_the_loaders_second_run_says_nothing_changed(demo_site):
    output = io.StringIO()

    call_command("load_demo_content", stdout=output)

    assert output.getvalue().startswith("Demo content already in place: nothing changed")
