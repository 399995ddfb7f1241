"""Factories for the Knowledge Bank: resource types, the library page, resources, their authors and files."""

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from knowledge_bank.models import (
    KnowledgeBankPage,
    ResourceAuthor,
    ResourceFile,
    ResourcePage,
    ResourceType,
)
from tooling.pdf_pages import pdf_bytes


class ResourceTypeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Type {n}")
    slug = factory.Sequence(lambda n: f"type-{n}")

    class Meta:
        model = ResourceType
        django_get_or_create = ("slug",)


class KnowledgeBankPageFactory(wagtail_factories.PageFactory):
    title = "Knowledge Bank"
    slug = "knowledge-bank"

    class Meta:
        model = KnowledgeBankPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Resource number {n}")
    resource_type = factory.SubFactory(ResourceTypeFactory)
    published_year = 2020
    summary = "What the resource found, in two sentences. It matters for children's care."

    class Meta:
        model = ResourcePage


class ResourceAuthorFactory(factory.django.DjangoModelFactory):
    resource = factory.SubFactory(ResourcePageFactory)

    class Meta:
        model = ResourceAuthor


def make_pdf_document(title="A report", paragraphs=("Text inside the report.",), *, pages=1, data=None):
    """A Wagtail document holding a real PDF (or `data`), with its size and hash as the admin sets them."""
    content = data if data is not None else pdf_bytes(title, list(paragraphs), min_pages=pages)
    document = get_document_model()(title=title)
    document.file.save(f"{slugify(title) or 'file'}.pdf", ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


class ResourceFileFactory(factory.django.DjangoModelFactory):
    resource = factory.SubFactory(ResourcePageFactory)
    document = factory.LazyFunction(make_pdf_document)

    class Meta:
        model = ResourceFile
