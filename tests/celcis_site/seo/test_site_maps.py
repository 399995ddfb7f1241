"""/sitemap.xml, /robots.txt and the HTML sitemap at /sitemap/, all generated from the page tree."""

import xml.etree.ElementTree as ET

from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from celcis_site.seo.models import SitemapPage
from tests.celcis_site.factories import LegalPageFactory, StandardPageFactory
from tests.news.factories import CampaignIndexPageFactory, CampaignPageFactory, NewsArticlePageFactory

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _site_tree(home, news_index):
    """A live article, a draft, a private page and a campaign."""
    NewsArticlePageFactory(parent=news_index, title="Live story", slug="live-story").save_revision().publish()
    NewsArticlePageFactory(parent=news_index, title="Draft story", slug="draft-story", live=False)
    private = StandardPageFactory(parent=home, title="Staff only", slug="staff-only")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    campaigns = CampaignIndexPageFactory(parent=home)
    CampaignPageFactory(parent=campaigns)
    LegalPageFactory(parent=home)
    return SitemapPage(title="Sitemap", slug="sitemap", introduction="Every section.")


def test_sitemap_xml_lists_live_public_pages_with_lastmod(home, news_index, client):
    home.add_child(instance=_site_tree(home, news_index))

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    urls = {
        url.find("sm:loc", NS).text: url.find("sm:lastmod", NS)
        for url in ET.fromstring(response.content).findall("sm:url", NS)
    }
    assert "http://testserver/news/live-story/" in urls
    assert "http://testserver/privacy-notice/" in urls
    assert "http://testserver/campaigns/whoissam/" in urls
    assert "http://testserver/newsletter/" in urls  # a view, not a page
    assert "http://testserver/news/draft-story/" not in urls
    assert "http://testserver/staff-only/" not in urls
    assert not any("/search/" in url for url in urls)
    assert urls["http://testserver/news/live-story/"] is not None


def test_robots_txt_names_the_sitemap_and_keeps_out_the_admin_and_search(home, client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /search/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_the_html_sitemap_is_built_from_the_live_public_tree(
    home, news_index, client, django_assert_max_num_queries
):
    home.add_child(instance=_site_tree(home, news_index))

    with django_assert_max_num_queries(20):
        response = client.get("/sitemap/")

    assert response.status_code == 200
    tree = BeautifulSoup(response.content, "html.parser").select_one("main .sitemap-tree")
    links = {a.get_text(): a["href"] for a in tree.select("a")}
    assert links["News"] == "/news/"
    assert links["Privacy notice"] == "/privacy-notice/"
    assert "Staff only" not in links
    # Articles are listed on /news/ itself: the sitemap stays short however many there are.
    assert "Live story" not in links
    campaign_item = tree.find("a", string="Campaigns").parent
    assert campaign_item.select_one(":scope > ul a")["href"] == "/campaigns/whoissam/"


def test_a_new_page_appears_in_the_html_sitemap_without_editing_it(home, client):
    home.add_child(instance=SitemapPage(title="Sitemap", slug="sitemap"))
    assert "Help and advice" not in client.get("/sitemap/").content.decode()

    StandardPageFactory(parent=home, title="Help and advice", slug="help")

    assert '<a href="/help/">Help and advice</a>' in client.get("/sitemap/").content.decode()
