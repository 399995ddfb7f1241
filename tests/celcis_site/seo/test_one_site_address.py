"""Every absolute address a page gives out names the host and port the visitor used.

`make run PORT=8123` serves a site whose Site record (made by the demo loader)
still says port 8000: canonical links, og:url, JSON-LD, every <loc> in
/sitemap.xml, the feeds and robots.txt must all agree on the address served.
"""

import json
import xml.etree.ElementTree as ET

from bs4 import BeautifulSoup
from wagtail.models import Site

from tests.news.factories import NewsArticlePageFactory

SERVED_AT = "127.0.0.1:8123"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _article(home, news_index):
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=8000)
    article = NewsArticlePageFactory(parent=news_index, title="Port story", slug="port-story")
    article.save_revision().publish()
    return article


def test_canonical_og_url_and_json_ld_name_the_address_served(home, news_index, client):
    _article(home, news_index)

    response = client.get("/news/port-story/", HTTP_HOST=SERVED_AT)

    soup = BeautifulSoup(response.content, "html.parser")
    expected = f"http://{SERVED_AT}/news/port-story/"
    assert soup.find("link", rel="canonical")["href"] == expected
    assert soup.find("meta", property="og:url")["content"] == expected
    json_ld = json.loads(soup.find("script", type="application/ld+json").string)
    assert json_ld["mainEntityOfPage"] == expected
    organisation = json.loads(soup.footer.find("script", type="application/ld+json").string)
    assert organisation["url"] == f"http://{SERVED_AT}/"
    assert ":8000" not in response.content.decode()


def test_sitemap_feeds_and_robots_agree_on_the_address_served(home, news_index, client):
    _article(home, news_index)

    sitemap = ET.fromstring(client.get("/sitemap.xml", HTTP_HOST=SERVED_AT).content)
    locs = [loc.text for loc in sitemap.findall("sm:url/sm:loc", NS)]
    robots = client.get("/robots.txt", HTTP_HOST=SERVED_AT).content.decode()
    feed = client.get("/news/feed/", HTTP_HOST=SERVED_AT).content.decode()

    assert locs
    assert all(loc.startswith(f"http://{SERVED_AT}/") for loc in locs)
    assert f"http://{SERVED_AT}/news/port-story/" in locs
    assert f"Sitemap: http://{SERVED_AT}/sitemap.xml" in robots
    assert f"http://{SERVED_AT}/news/port-story/" in feed
    assert ":8000" not in feed + robots


def test_without_a_request_the_site_record_gives_the_address(home, news_index):
    article = _article(home, news_index)

    assert article.get_full_url() == "http://127.0.0.1:8000/news/port-story/"


def test_a_cdn_purge_batch_in_the_request_slot_gets_the_site_record_address(home, news_index):
    # Wagtail's frontend-cache purge passes its PurgeBatch where a request would go;
    # treating it as a request made every publish and unpublish a 500 with a CDN configured.
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    article = _article(home, news_index)

    assert article.get_url_parts(request=PurgeBatch())[1] == "http://127.0.0.1:8000"
