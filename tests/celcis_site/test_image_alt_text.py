"""Alt text: the image form says what "Description" is for, and listing and preview images need a choice."""

import io

from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.celcis_site.editorial.conftest import article_form
from tests.news.factories import NewsArticlePageFactory


def _png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (75, 42, 107)).save(buffer, format="PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue(), "image/png")


def _upload(admin_client, **fields):
    return admin_client.post("/admin/images/add/", {"title": "Photo", "file": _png(), **fields})


def test_the_upload_form_calls_description_the_alt_text_and_says_what_to_write(admin_client):
    soup = BeautifulSoup(admin_client.get("/admin/images/add/").content, "html.parser")

    label = soup.select_one('label[for="id_description"]').get_text(" ", strip=True)
    assert "Description (alt text)" in label
    assert "Read aloud by screen readers" in soup.get_text()
    assert soup.select_one('input[name="decorative"][type="checkbox"]') is not None


def test_an_image_needs_a_description_or_an_explicit_decorative_tick(admin_client):
    refused = _upload(admin_client)

    assert refused.status_code == 200
    assert "Describe the image for people who cannot see it" in refused.content.decode()
    assert not Image.objects.exists()

    _upload(admin_client, description="Two young people talking with a support worker")
    _upload(admin_client, title="Pattern", decorative="on")

    described = Image.objects.get(title="Photo")
    assert described.default_alt_text == "Two young people talking with a support worker"
    assert list(Image.objects.get(title="Pattern").tags.names()) == ["decorative"]


def test_an_article_cannot_use_a_listing_image_without_alt_text_unless_it_is_marked_decorative(
    news_index, admin_client
):
    article = NewsArticlePageFactory(parent=news_index, title="Story", slug="story")
    bare = Image.objects.create(title="IMG_0042.jpg", file=get_test_image_file())

    response = admin_client.post(
        f"/admin/pages/{article.pk}/edit/", article_form("Story", "story", listing_image=bare.pk)
    )

    assert response.status_code == 200
    assert "“IMG_0042.jpg” has no description (alt text)" in response.content.decode()
    article.refresh_from_db()
    assert article.listing_image is None

    bare.tags.add("decorative")
    response = admin_client.post(
        f"/admin/pages/{article.pk}/edit/", article_form("Story", "story", listing_image=bare.pk)
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().listing_image == bare


def test_link_previews_take_their_alt_text_from_the_description_never_the_file_title(news_index, client):
    described = Image.objects.create(
        title="IMG_1.jpg", description="A foster carer reading", file=get_test_image_file()
    )
    decorative = Image.objects.create(title="IMG_2.jpg", file=get_test_image_file())
    decorative.tags.add("decorative")
    NewsArticlePageFactory(parent=news_index, slug="one", listing_image=described).save_revision().publish()
    NewsArticlePageFactory(parent=news_index, slug="two", listing_image=decorative).save_revision().publish()

    one = BeautifulSoup(client.get("/news/one/").content, "html.parser")
    two = BeautifulSoup(client.get("/news/two/").content, "html.parser")

    assert one.find("meta", property="og:image:alt")["content"] == "A foster carer reading"
    assert two.find("meta", property="og:image") is not None
    assert two.find("meta", property="og:image:alt") is None
