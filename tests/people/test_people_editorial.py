"""People pages follow the news moderation workflow: news editors write them, moderators publish them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import WorkflowPage
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from celcis_site.editorial.roles import MODERATION_WORKFLOW, ROLE_GROUPS
from people.models import PersonPage


@pytest.fixture
def make_staff(db):
    def make(role):
        user = get_user_model().objects.create_user(
            role, email=f"{role}@celcis.example", password="pw-long-enough"
        )
        user.groups.add(Group.objects.get(name=ROLE_GROUPS[role]))
        return user

    return make


def person_form(title, slug, **extra):
    data = {
        "title": title,
        "slug": slug,
        "family_name": title.split()[-1],
        "role": "Research Associate",
        "team": "",
        "photo": "",
        "photo_alt_text": "",
        "biography": rich_text("<p>Works on care.</p>"),
        "orcid": "",
        "email": "",
        "links": inline_formset([]),
        "comments": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(extra)
    return nested_form_data(data)


def _add_url(people_index):
    return reverse("wagtailadmin_pages:add", args=("people", "personpage", people_index.pk))


def test_the_people_section_is_moderated_by_the_news_workflow(people_index):
    assert WorkflowPage.objects.get(page=people_index).workflow.name == MODERATION_WORKFLOW


def test_a_news_editor_submits_a_person_and_only_a_moderator_publishes_it(people_index, make_staff, client):
    client.force_login(make_staff("editor"))
    response = client.post(
        _add_url(people_index), person_form("Jane McGhee", "jane-mcghee", **{"action-publish": "Publish"})
    )
    assert response.status_code == 302
    person = PersonPage.objects.get(slug="jane-mcghee")
    assert not person.live

    client.post(
        reverse("wagtailadmin_pages:edit", args=(person.pk,)),
        person_form("Jane McGhee", "jane-mcghee", **{"action-submit": "Submit"}),
    )
    person.refresh_from_db()
    assert person.workflow_in_progress
    assert client.get("/people/jane-mcghee/").status_code == 404

    client.force_login(make_staff("moderator"))
    task_state = person.current_workflow_task_state
    client.post(reverse("wagtailadmin_pages:workflow_action", args=(person.pk, "approve", task_state.pk)))

    person.refresh_from_db()
    assert person.live
    assert client.get("/people/jane-mcghee/").status_code == 200


def test_a_mistyped_orcid_is_refused_in_the_admin_with_a_message(people_index, make_staff, client):
    client.force_login(make_staff("editor"))

    response = client.post(
        _add_url(people_index), person_form("Jane McGhee", "jane", orcid="0000-0002-1825-0098")
    )

    assert response.status_code == 200
    assert "does not match the others" in response.content.decode()
    assert not PersonPage.objects.filter(slug="jane").exists()


@pytest.mark.parametrize(
    ("role", "may_edit_teams"), [("editor", False), ("moderator", False), ("admin", True)]
)
def test_only_site_administrators_keep_the_list_of_teams(
    role, may_edit_teams, people_index, make_staff, client
):
    client.force_login(make_staff(role))

    response = client.get(reverse("wagtailsnippets_people_team:add"))

    assert (response.status_code == 200) is may_edit_teams
