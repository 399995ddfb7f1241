"""An editor's article goes live only when a moderator approves it; moderators hear about it by email."""

from django.core import mail
from django.urls import reverse

from news.models import NewsArticlePage

from .conftest import article_form


def _submit_article(client, news_index, title, slug, **extra):
    url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", news_index.pk))
    response = client.post(url, article_form(title, slug, **{"action-submit": "Submit", **extra}))
    assert response.status_code == 302, response.content[:2000]
    return NewsArticlePage.objects.get(slug=slug)


def _workflow_action(client, article, action, **data):
    task_state = article.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, action, task_state.pk))
    return client.post(url, data)


def test_a_submitted_article_is_not_live_until_a_moderator_approves_it(sections, make_staff, topic, client):
    editor, moderator = make_staff("editor"), make_staff("moderator")
    client.force_login(editor)
    article = _submit_article(client, sections["news"], "Approved story", "approved-story", topics=[topic])

    assert not article.live
    assert article.workflow_in_progress
    assert client.get("/news/approved-story/").status_code == 404
    assert "Approved story" not in client.get("/news/").content.decode()

    client.force_login(moderator)
    _workflow_action(client, article, "approve", comment="Good to go.")

    article.refresh_from_db()
    assert article.live
    assert not article.workflow_in_progress
    assert client.get("/news/approved-story/").status_code == 200
    assert "Approved story" in client.get("/news/?topic=online-safety").content.decode()


def test_the_moderator_gets_an_email_when_an_article_is_submitted(sections, make_staff, client):
    editor, moderator = make_staff("editor"), make_staff("moderator")
    client.force_login(editor)
    mail.outbox.clear()

    _submit_article(client, sections["news"], "Needs a look", "needs-a-look")

    to_moderator = [message for message in mail.outbox if moderator.email in message.to]
    assert len(to_moderator) == 1
    assert "Needs a look" in to_moderator[0].subject
    assert editor.email not in {address for message in mail.outbox for address in message.to}


def test_a_moderator_asks_for_changes_with_a_comment_and_the_editor_is_told(sections, make_staff, client):
    editor, moderator = make_staff("editor"), make_staff("moderator")
    client.force_login(editor)
    article = _submit_article(client, sections["news"], "Rough draft", "rough-draft")
    mail.outbox.clear()

    client.force_login(moderator)
    _workflow_action(client, article, "reject", comment="Please add a source for the figures.")

    article.refresh_from_db()
    assert not article.live
    assert article.current_workflow_state.status == "needs_changes"
    to_editor = [message for message in mail.outbox if editor.email in message.to]
    assert len(to_editor) == 1
    assert "Please add a source for the figures." in to_editor[0].body


def test_revisions_comparison_preview_and_locking_work_for_articles(sections, make_staff, client):
    editor = make_staff("editor")
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", sections["news"].pk))
    client.post(add_url, article_form("First title", "a-story"))
    article = NewsArticlePage.objects.get(slug="a-story")
    edit_url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    client.post(edit_url, article_form("Second title", "a-story"))
    first, second = article.revisions.order_by("pk")

    compare = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=(article.pk, first.pk, second.pk))
    )
    assert compare.status_code == 200
    # The comparison marks the changed word: "First" removed, "Second" added.
    assert "First" in compare.content.decode()
    assert "Second" in compare.content.decode()

    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(article.pk,))
    assert client.post(preview_url, article_form("Previewed title", "a-story")).json()["is_valid"]
    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert "<h1>Previewed title</h1>" in preview.content.decode()

    client.post(reverse("wagtailadmin_pages:lock", args=(article.pk,)))
    article.refresh_from_db()
    assert article.locked
    assert article.locked_by == editor
