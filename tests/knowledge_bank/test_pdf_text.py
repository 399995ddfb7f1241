"""The text inside attached PDFs is read when the resource is saved, searchable, and refreshed with the file.

A damaged or encrypted PDF stays attached and downloadable, and the editor is told its text could not be read.
"""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.urls import reverse
from pypdf import PdfWriter
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from celcis_site.editorial.roles import ROLE_GROUPS
from knowledge_bank.models import ResourceFile, ResourcePage
from tests.knowledge_bank.conftest import publish
from tests.knowledge_bank.factories import ResourceFileFactory, ResourcePageFactory, make_pdf_document
from tooling.pdf_pages import pdf_bytes

PHRASE = "marmalade lighthouse protocol"


def encrypted_pdf():
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("a-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def found_titles(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [a.get_text() for a in page.select(".search-results h2 a, .resource-card__title a")]


@pytest.fixture
def resource_with_phrase(library, report_type):
    resource = ResourcePageFactory(parent=library, title="Evaluation of a pilot", resource_type=report_type)
    document = make_pdf_document("Evaluation", [f"On page two the {PHRASE} is described."], pages=2)
    ResourceFileFactory(resource=resource, document=document)
    return publish(resource)


def test_a_phrase_only_inside_the_pdf_finds_the_resource_in_site_and_library_search(
    client, resource_with_phrase
):
    attached = ResourceFile.objects.get(resource=resource_with_phrase)
    assert (attached.text_status, attached.page_count) == ("read", 2)
    assert PHRASE in attached.text

    assert found_titles(client, f'/search/?q="{PHRASE}"') == ["Evaluation of a pilot"]
    assert found_titles(client, "/knowledge-bank/?q=marmalade+lighthouse") == ["Evaluation of a pilot"]


def test_revisions_leave_the_text_out_and_publishing_again_keeps_it(resource_with_phrase):
    revision = resource_with_phrase.save_revision()
    assert "text" not in revision.content["files"][0]

    revision.publish()

    assert PHRASE in ResourceFile.objects.get(resource=resource_with_phrase).text


def test_a_new_file_in_the_same_document_is_read_again_and_searched(client, resource_with_phrase):
    attached = ResourceFile.objects.get(resource=resource_with_phrase)
    document = attached.document
    document.file.save(
        "revised.pdf", ContentFile(pdf_bytes("Revised", ["Now about a tangerine observatory."]))
    )
    document._set_document_file_metadata()
    document.save()

    attached.refresh_from_db()
    assert "tangerine observatory" in attached.text
    assert PHRASE not in attached.text
    assert found_titles(client, '/search/?q="tangerine observatory"') == ["Evaluation of a pilot"]


@pytest.mark.parametrize(
    "content", [b"%PDF-1.4\nthis is not really a pdf", encrypted_pdf()], ids=["damaged", "encrypted"]
)
def test_an_unreadable_pdf_is_still_attached_and_the_editor_is_told(client, library, report_type, content):
    editor = get_user_model().objects.create_user("eilidh", password="a long password 123")
    editor.groups.add(Group.objects.get(name=ROLE_GROUPS["editor"]))
    client.force_login(editor)
    document = make_pdf_document("Scanned minutes", data=content)
    form = nested_form_data(
        {
            "title": "Minutes of the network",
            "slug": "minutes-of-the-network",
            "resource_type": report_type.pk,
            "published_year": 2021,
            "summary": "What the network discussed.",
            "body": streamfield([]),
            "publisher": "CELCIS",
            "authors": inline_formset([{"person": "", "name": "Anna Berg", "organisation": "CELCIS"}]),
            "files": inline_formset([{"document": document.pk, "label": ""}]),
            "related_resource_links": inline_formset([]),
            "position": 0,
        }
    )
    add_url = reverse("wagtailadmin_pages:add", args=("knowledge_bank", "resourcepage", library.pk))

    response = client.post(add_url, form)

    assert response.status_code == 302
    warnings = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("could not be read" in message and "Scanned minutes" in message for message in warnings), (
        warnings
    )
    resource = ResourcePage.objects.get(slug="minutes-of-the-network")
    attached = resource.get_latest_revision_as_object().files.all()[0]
    assert attached.document == document
    assert client.get(document.url).status_code == 200
