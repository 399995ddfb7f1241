"""The body blocks editors use render what readers need, and refuse what cannot work."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError
from wagtail_factories import DocumentFactory, ImageFactory

from celcis_site.pages.blocks import BodyBlock, CallToActionBlock
from tests.celcis_site.factories import StandardPageFactory


def _render(home, client, body):
    StandardPageFactory(parent=home, slug="blocks", body=body)
    return BeautifulSoup(client.get("/blocks/").content, "html.parser").main


def test_image_block_uses_the_editors_alt_text_and_caption(home, client):
    image = ImageFactory()
    main = _render(
        home,
        client,
        [
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "decorative": False, "alt_text": "Children playing"},
                    "caption": "A caption",
                },
            }
        ],
    )

    assert main.select_one("figure img")["alt"] == "Children playing"
    assert main.select_one("figure figcaption").get_text() == "A caption"


def test_image_block_needs_alt_text_unless_decorative(db):
    image = ImageFactory()
    block = BodyBlock()
    missing_alt = block.to_python(
        [{"type": "image", "value": {"image": {"image": image.pk, "decorative": False, "alt_text": ""}}}]
    )
    decorative = block.to_python(
        [{"type": "image", "value": {"image": {"image": image.pk, "decorative": True, "alt_text": ""}}}]
    )

    with pytest.raises(StreamBlockValidationError):
        block.clean(missing_alt)
    block.clean(decorative)


def test_document_link_says_the_file_type_and_size(home, client):
    document = DocumentFactory(title="Annual report", file__filename="report.pdf", file__data=b"x" * 2048)
    document.file_size = document.file.size  # as the admin's upload form records it
    document.save()
    main = _render(home, client, [{"type": "document", "value": {"document": document.pk, "label": ""}}])

    link = main.select_one(".block-document")
    assert link.a.get_text() == "Annual report"
    assert link.select_one(".block-document__meta").get_text() == "(PDF, 2.0\xa0KB)"


def test_key_facts_and_quote_render_as_lists_and_quotations(home, client):
    main = _render(
        home,
        client,
        [
            {
                "type": "key_facts",
                "value": {"heading": "Key facts", "facts": ["245 children", "192 arrests"]},
            },
            {"type": "quote", "value": {"quote": "Knowledge goes out of date.", "attribution": "Experts"}},
        ],
    )

    assert [li.get_text() for li in main.select(".block-key-facts li")] == ["245 children", "192 arrests"]
    assert main.select_one("blockquote").get_text(strip=True) == "Knowledge goes out of date."
    assert main.select_one(".block-quote figcaption").get_text() == "Experts"


@pytest.mark.parametrize(
    ("page", "url", "valid"),
    [(None, "https://example.org/", True), (None, "", False), ("page", "https://example.org/", False)],
)
def test_call_to_action_needs_exactly_one_destination(home, page, url, valid):
    block = CallToActionBlock()
    value = block.to_python({"label": "Go", "page": home.pk if page else None, "url": url})

    if valid:
        block.clean(value)
    else:
        with pytest.raises(ValidationError):
            block.clean(value)
