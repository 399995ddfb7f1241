"""Uploads through the admin: oversized images and disguised documents are refused with a clear message."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image


@pytest.fixture
def admin_client(db, client):
    client.force_login(get_user_model().objects.create_superuser("admin", password="a-long-admin-password"))
    return client


def _png(width, height, mode="1"):
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_decompression_bomb_image_is_refused_with_a_clear_message(admin_client):
    bomb = _png(10_000, 10_000)  # 100 million pixels in a few kilobytes
    assert len(bomb) < 100_000

    response = admin_client.post(
        "/admin/images/add/", {"title": "Bomb", "file": SimpleUploadedFile("bomb.png", bomb, "image/png")}
    )

    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()
    assert not Image.objects.exists()


def test_an_ordinary_image_is_accepted(admin_client):
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Photo",
            "description": "A photo",
            "file": SimpleUploadedFile("photo.png", _png(800, 600, "RGB"), "image/png"),
        },
    )

    assert response.status_code == 302
    assert Image.objects.get().title == "Photo"


def test_svg_images_are_refused(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    response = admin_client.post(
        "/admin/images/add/", {"title": "Logo", "file": SimpleUploadedFile("logo.svg", svg, "image/svg+xml")}
    )

    assert response.status_code == 200
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
        ("report.pdf", b"MZ\x90\x00 an executable"),
        ("notes.txt", b"<html><body onload=alert(1)></body></html>"),
        ("table.docx", b"%PDF-1.7 not a word document"),
    ],
)
def test_document_whose_contents_do_not_match_its_name_is_refused(admin_client, name, content):
    response = admin_client.post(
        "/admin/documents/add/", {"title": "Report", "file": SimpleUploadedFile(name, content)}
    )

    assert response.status_code == 200
    assert "contents are not a ." in response.content.decode()
    assert not Document.objects.exists()


def test_html_file_is_refused_by_its_extension(admin_client):
    response = admin_client.post(
        "/admin/documents/add/", {"title": "Page", "file": SimpleUploadedFile("page.html", b"<html></html>")}
    )

    assert response.status_code == 200
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        ("names.csv", "name,city\nZoë,Glasgow\n".encode()),
    ],
)
def test_genuine_documents_are_accepted(admin_client, name, content):
    response = admin_client.post(
        "/admin/documents/add/", {"title": "Report", "file": SimpleUploadedFile(name, content)}
    )

    assert response.status_code == 302
    assert Document.objects.get().file_size == len(content)
