"""No snippet that shows on the public site changes without a moderator.

Each snippet model editors can change must go through drafts, revisions and
the moderation workflow; the others are kept by moderators and administrators
only. Topics and partner organisations (no drafts) are the second kind.
"""

from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin
from wagtail.snippets.models import get_snippet_models

from celcis_site.editorial.roles import NEWS_EDITORS
from tests.news.factories import PartnerOrganisationFactory


def _editors_can_change(model):
    editors = Group.objects.get(name=NEWS_EDITORS)
    opts = model._meta
    return editors.permissions.filter(
        content_type__app_label=opts.app_label,
        codename__in=[f"{action}_{opts.model_name}" for action in ("add", "change", "delete")],
    ).exists()


def _moderated(model):
    return all(issubclass(model, mixin) for mixin in (DraftStateMixin, RevisionMixin, WorkflowMixin))


def test_every_snippet_editors_can_change_is_moderated(db):
    changeable = [model for model in get_snippet_models() if _editors_can_change(model)]

    assert [model._meta.label for model in changeable if not _moderated(model)] == []


def test_a_news_editor_cannot_change_a_partner_organisations_link(sections, make_staff, client):
    partner = PartnerOrganisationFactory(name="Barnardo's", url="https://www.barnardos.org.uk/")
    client.force_login(make_staff("editor"))
    url = reverse("wagtailsnippets_news_partnerorganisation:edit", args=(partner.pk,))

    client.post(url, {"name": "Barnardo's", "url": "https://phishing.example/", "logo": ""})

    partner.refresh_from_db()
    assert partner.url == "https://www.barnardos.org.uk/"


def test_a_news_editor_cannot_add_or_rename_a_topic(sections, make_staff, topic, client):
    client.force_login(make_staff("editor"))

    client.post(
        reverse("wagtailsnippets_news_topic:add"), {"name": "Spam", "slug": "spam", "description": ""}
    )
    client.post(
        reverse("wagtailsnippets_news_topic:edit", args=(topic.pk,)),
        {"name": "Renamed", "slug": topic.slug, "description": ""},
    )

    topic.refresh_from_db()
    assert topic.name == "Online safety"
    assert not topic.__class__.objects.filter(slug="spam").exists()


def test_a_moderator_and_an_administrator_keep_the_partner_organisations(sections, make_staff, client):
    partner = PartnerOrganisationFactory(name="Barnardo's", url="https://www.barnardos.org.uk/")
    url = reverse("wagtailsnippets_news_partnerorganisation:edit", args=(partner.pk,))

    for role, address in (
        ("moderator", "https://www.barnardos.org.uk/a/"),
        ("admin", "https://www.barnardos.org.uk/b/"),
    ):
        client.force_login(make_staff(role))
        response = client.post(url, {"name": "Barnardo's", "url": address, "logo": ""})
        assert response.status_code == 302, role
        partner.refresh_from_db()
        assert partner.url == address


def test_editors_can_still_pick_topics_and_partners(sections, make_staff):
    editor = make_staff("editor")

    assert editor.has_perm("news.view_topic")
    assert editor.has_perm("news.view_partnerorganisation")
