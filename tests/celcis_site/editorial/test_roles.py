"""What each staff role may and may not do, through the admin's own URLs."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Site, WorkflowPage

from celcis_site.editorial.roles import MODERATION_WORKFLOW, ROLE_GROUPS
from news.models import NewsArticlePage
from tests.news.factories import NewsIndexPageFactory

from .conftest import article_form


def _admin_urls(sections):
    site = Site.objects.get(is_default_site=True)
    return {
        "add a news article": reverse(
            "wagtailadmin_pages:add", args=("news", "newsarticlepage", sections["news"].pk)
        ),
        "add a campaign": reverse(
            "wagtailadmin_pages:add", args=("news", "campaignpage", sections["campaigns"].pk)
        ),
        "upload an image": reverse("wagtailimages:add"),
        "upload a document": reverse("wagtaildocs:add"),
        "add a topic": reverse("wagtailsnippets_news_topic:add"),
        "edit the privacy notice": reverse("wagtailadmin_pages:edit", args=(sections["privacy"].pk,)),
        "edit the home page": reverse("wagtailadmin_pages:edit", args=(sections["home"].pk,)),
        "edit the contact details": reverse(
            "wagtailsettings:edit", args=("contacts", "contactdetails", site.pk)
        ),
        "edit the navigation": reverse(
            "wagtailsettings:edit", args=("navigation", "navigationsettings", site.pk)
        ),
        "manage redirects": reverse("wagtailredirects:index"),
        "manage users": reverse("wagtailusers_users:index"),
    }


ALLOWED = {
    "editor": {
        "add a news article",
        "add a campaign",
        "upload an image",
        "upload a document",
    },
    "moderator": {
        "add a news article",
        "add a campaign",
        "upload an image",
        "upload a document",
        "add a topic",
    },
    "admin": {
        "add a news article",
        "add a campaign",
        "upload an image",
        "upload a document",
        "edit the privacy notice",
        "edit the home page",
        "edit the contact details",
        "edit the navigation",
        "manage redirects",
        "manage users",
        "add a topic",
    },
}


def _was_denied(response):
    """Wagtail turns a refusal into a redirect to the dashboard with a message, or a 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def test_a_fresh_install_has_the_three_roles_and_not_wagtails_site_wide_editors(db):
    names = set(Group.objects.values_list("name", flat=True))

    assert {"News editors", "Moderators", "Site administrators"} <= names
    assert "Editors" not in names
    # Wagtail's default gives Moderators the whole tree; here they get only the news sections.
    assert not GroupPagePermission.objects.filter(group__name="Moderators", page__depth=1).exists()


@pytest.mark.parametrize("role", ["editor", "moderator", "admin"])
def test_each_role_opens_exactly_the_admin_screens_it_should(role, sections, make_staff, client):
    client.force_login(make_staff(role))

    outcome = {}
    for action, url in _admin_urls(sections).items():
        response = client.get(url)
        assert response.status_code in (200, 302, 403), (action, response.status_code)
        outcome[action] = not _was_denied(response)

    assert {action for action, allowed in outcome.items() if allowed} == ALLOWED[role]


def test_a_news_editor_cannot_publish_an_article_even_by_posting_publish(sections, make_staff, client):
    client.force_login(make_staff("editor"))
    url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", sections["news"].pk))

    client.post(url, article_form("Sneaky", "sneaky", **{"action-publish": "Publish"}))

    article = NewsArticlePage.objects.get(slug="sneaky")
    assert not article.live
    assert client.get("/news/sneaky/").status_code == 404


def test_a_news_editor_cannot_save_changes_to_the_privacy_notice(sections, make_staff, client):
    client.force_login(make_staff("editor"))
    url = reverse("wagtailadmin_pages:edit", args=(sections["privacy"].pk,))

    response = client.post(url, {"title": "Changed by an editor"})

    assert _was_denied(response)
    sections["privacy"].refresh_from_db()
    assert sections["privacy"].title == "Privacy notice"
    assert not sections["privacy"].revisions.exists()


def test_a_moderator_publishes_and_unpublishes_news(sections, make_staff, client):
    client.force_login(make_staff("moderator"))
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", sections["news"].pk))

    client.post(add_url, article_form("Straight out", "straight-out", **{"action-publish": "Publish"}))
    article = NewsArticlePage.objects.get(slug="straight-out")
    assert article.live
    assert client.get("/news/straight-out/").status_code == 200

    client.post(reverse("wagtailadmin_pages:unpublish", args=(article.pk,)))
    article.refresh_from_db()
    assert not article.live


def test_a_moderator_cannot_touch_the_legal_pages(sections, make_staff, client):
    client.force_login(make_staff("moderator"))

    response = client.post(reverse("wagtailadmin_pages:unpublish", args=(sections["privacy"].pk,)))

    assert _was_denied(response)
    sections["privacy"].refresh_from_db()
    assert sections["privacy"].live


def test_a_site_administrator_manages_staff_but_cannot_take_over_a_superuser(sections, make_staff, client):
    client.force_login(make_staff("admin"))
    editor = make_staff("editor")
    superuser = get_user_model().objects.create_superuser("root", password="a-long-root-password")

    assert client.get(reverse("wagtailusers_users:edit", args=(editor.pk,))).status_code == 200
    assert _was_denied(client.get(reverse("wagtailusers_users:edit", args=(superuser.pk,))))
    response = client.post(reverse("wagtailusers_users:delete", args=(superuser.pk,)), follow=False)
    assert _was_denied(response)
    assert get_user_model().objects.filter(username="root").exists()


def test_a_new_news_section_gets_the_roles_and_the_workflow_at_once(home):
    news_index = NewsIndexPageFactory(parent=home)

    granted = set(
        GroupPagePermission.objects.filter(page=news_index).values_list("group__name", "permission__codename")
    )
    assert ("News editors", "change_page") in granted
    assert ("News editors", "publish_page") not in granted
    assert ("Moderators", "publish_page") in granted
    assert WorkflowPage.objects.get(page=news_index).workflow.name == MODERATION_WORKFLOW


def test_every_role_of_create_staff_user_has_a_group(db):
    assert set(ROLE_GROUPS) == {"editor", "moderator", "admin"}
    assert Group.objects.filter(name__in=ROLE_GROUPS.values()).count() == 3
