"""Script pasted into a rich-text body never reaches the public page."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

PASTED = (
    '<p>Read this<script>alert("body")</script> and '
    '<a href="javascript:alert(1)">click me</a> or '
    '<a href="https://example.org/" onclick="alert(2)">this</a>'
    '<img src="x" onerror="alert(3)" /></p>'
)


@pytest.fixture
def admin_client(db, client):
    client.force_login(get_user_model().objects.create_superuser("admin", password="a-long-admin-password"))
    return client


def test_pasted_script_and_javascript_links_are_stripped_on_publish(standard_page, admin_client, client):
    data = nested_form_data(
        {
            "title": "Privacy notice",
            "slug": "privacy-notice",
            "introduction": "",
            "body": streamfield([("paragraph", rich_text(PASTED))]),
            "action-publish": "publish",
        }
    )

    response = admin_client.post(f"/admin/pages/{standard_page.pk}/edit/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    html = client.get("/privacy-notice/").content.decode()
    body = html[html.index("<main") : html.index("</main>")]
    assert "Read this" in body
    assert "click me" in body
    assert "<script" not in body
    assert "javascript:" not in body
    assert "onclick" not in body
    assert "onerror" not in body
    assert 'href="https://example.org/"' in body
