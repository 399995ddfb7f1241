"""Renaming or moving a published page leaves a redirect from its old address (Wagtail's redirects app)."""

from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect

from tests.celcis_site.factories import StandardPageFactory
from tests.news.factories import NewsArticlePageFactory


def test_changing_a_published_articles_slug_redirects_its_old_address(
    sections, client, django_capture_on_commit_callbacks
):
    article = NewsArticlePageFactory(parent=sections["news"], slug="old-name")

    # Wagtail creates the redirect once the rename is committed.
    with django_capture_on_commit_callbacks(execute=True):
        article.slug = "new-name"
        article.save_revision().publish()

    response = client.get("/news/old-name/")
    assert response.status_code == 301
    assert response["Location"].endswith("/news/new-name/")
    assert client.get("/news/new-name/").status_code == 200


def test_moving_a_page_redirects_its_old_address(home, client):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    help_section = StandardPageFactory(parent=home, title="Help", slug="help")

    about.move(help_section, pos="last-child")

    response = client.get("/about/")
    assert response.status_code == 301
    assert response["Location"].endswith("/help/about/")


def test_site_administrators_see_the_automatic_redirects_in_the_admin(
    sections, make_staff, client, django_capture_on_commit_callbacks
):
    article = NewsArticlePageFactory(parent=sections["news"], slug="before")
    with django_capture_on_commit_callbacks(execute=True):
        article.slug = "after"
        article.save_revision().publish()
    assert Redirect.objects.filter(old_path="/news/before", automatically_created=True).exists()

    client.force_login(make_staff("admin"))
    html = client.get(reverse("wagtailredirects:index")).content.decode()

    assert "/news/before" in html
