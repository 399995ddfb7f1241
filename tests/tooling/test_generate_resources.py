"""`generate_resources`: bulk-made resources are whole: type, year, topics, authors, a PDF, a revision."""

import io

import pytest
from django.core.management import CommandError, call_command

from knowledge_bank.models import ResourcePage
from tests.knowledge_bank.factories import KnowledgeBankPageFactory, ResourcePageFactory
from tests.news.factories import TopicFactory


def test_generated_resources_are_live_complete_and_listed(home, client):
    library = KnowledgeBankPageFactory(parent=home)
    TopicFactory(name="Kinship care", slug="kinship-care")
    ResourcePageFactory(parent=library, title="Written by an editor")
    call_command("generate_resources", "--count", "30", "--batch-size", "16", stdout=io.StringIO())

    generated = ResourcePage.objects.child_of(library).exclude(title="Written by an editor")
    assert generated.count() == 30
    for resource in generated.select_related("latest_revision", "resource_type"):
        assert resource.live
        assert resource.live_revision_id == resource.latest_revision_id
        assert 2015 <= resource.published_year <= 2025
        assert resource.topics.exists()
        assert 1 <= resource.authors.count() <= 3
        (attached,) = resource.files.all()
        assert (attached.text_status, attached.document.file_extension) == ("read", "pdf")
        # The revision holds the authors, so editing in the admin keeps them.
        assert len(resource.latest_revision.content["authors"]) == resource.authors.count()
    response = client.get("/knowledge-bank/")
    assert "31 resources" in response.content.decode()


def test_without_a_knowledge_bank_it_says_what_to_do(db):
    with pytest.raises(CommandError, match="no Knowledge Bank"):
        call_command("generate_resources", "--count", "1")
