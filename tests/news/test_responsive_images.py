"""Card and article images: WebP with a JPEG fallback, srcset and sizes, fixed dimensions, lazy loading."""

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Rendition
from wagtail_factories import ImageFactory

from celcis_site.caching.versioned import bump
from tests.news.factories import NewsArticlePageFactory


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_listing_card_offers_webp_and_a_jpeg_fallback_in_two_widths(news_index, client):
    NewsArticlePageFactory(parent=news_index, listing_image=ImageFactory(file__width=1920, file__height=1080))

    picture = _soup(client, "/news/").select_one(".card picture")

    webp = picture.select_one('source[type="image/webp"]')
    assert [candidate.split()[-1] for candidate in webp["srcset"].split(", ")] == ["480w", "960w"]
    assert webp["sizes"]
    image = picture.select_one("img")
    assert image["src"].endswith(".jpg")
    assert (image["width"], image["height"], image["loading"], image["alt"]) == ("480", "270", "lazy", "")


def test_a_listing_fetches_all_card_renditions_in_one_query(news_index, client):
    for number in range(4):
        NewsArticlePageFactory(
            parent=news_index,
            listing_image=ImageFactory(title=f"Image {number}", file__width=1000, file__height=600),
        )
    client.get("/news/")  # create the renditions once
    bump("page-cache", "measure the listing itself, not a page-cache hit")
    bump("news-fragments", "render the cards afresh, as after an editor's change")

    with CaptureQueriesContext(connection) as captured:
        client.get("/news/")

    table = Rendition._meta.db_table
    assert len([query for query in captured.captured_queries if f'FROM "{table}"' in query["sql"]]) == 1


def test_an_image_block_keeps_the_editors_alt_text_and_loads_lazily_in_webp(news_index, client):
    image = ImageFactory(file__width=1600, file__height=900)
    body = [
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "decorative": False, "alt_text": "A cartoon of Sam at a laptop"},
                "caption": "Who is Sam?",
            },
        }
    ]
    article = NewsArticlePageFactory(parent=news_index, body=body)

    figure = _soup(client, article.url).select_one("figure.block-image")

    assert figure.select_one('source[type="image/webp"]')
    img = figure.select_one("img")
    assert img["alt"] == "A cartoon of Sam at a laptop"
    assert img["loading"] == "lazy"
    assert (img["width"], img["height"]) == ("480", "270")
    assert "1440w" in img["srcset"]
