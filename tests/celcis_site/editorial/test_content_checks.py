"""Editors see Wagtail's accessibility checks on what they write, and help text on every field."""

import json

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.urls import reverse
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, get_edit_handler
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from tests.news.factories import NewsArticlePageFactory

PROJECT_APPS = {"pages", "home", "navigation", "news", "contacts", "seo"}


def _editable_models():
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS or model._meta.abstract:
            continue
        if issubclass(model, Page) or model in get_snippet_models() or model in settings_registry:
            yield model


def _field_panels(panel):
    for child in getattr(panel, "children", []):
        if isinstance(child, InlinePanel):
            yield from _field_panels(child.child_edit_handler)
        elif isinstance(child, FieldPanel):
            yield child
        else:
            yield from _field_panels(child)


def _edit_handler(model):
    return model.get_edit_handler() if issubclass(model, Page) else get_edit_handler(model)


def _blocks_without_help(block, trail):
    # ImageBlock's own parts (alt text, decorative) are Wagtail's, with Wagtail's labels.
    if isinstance(block, ImageBlock):
        return
    if isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if not child.meta.help_text if hasattr(child.meta, "help_text") else False:
                yield f"{trail}.{name}"
            yield from _blocks_without_help(child, f"{trail}.{name}")
    elif isinstance(block, blocks.StreamBlock):
        for name, child in block.child_blocks.items():
            if not getattr(child.meta, "description", None):
                yield f"{trail}.{name}"
            yield from _blocks_without_help(child, f"{trail}.{name}")
    elif isinstance(block, blocks.ListBlock):
        yield from _blocks_without_help(block.child_block, trail)


@pytest.mark.parametrize("model", list(_editable_models()), ids=lambda model: model.__name__)
def test_every_field_an_editor_fills_in_says_what_it_is_for(db, model):
    edit_handler = _edit_handler(model).bind_to_model(model)
    form_class = edit_handler.get_form_class()
    form = form_class(instance=model(), for_user=None) if issubclass(model, Page) else None

    missing = []
    for panel in _field_panels(edit_handler):
        if panel.help_text:
            continue
        if panel.model is model:
            fields = form.fields if form is not None else form_class.base_fields
        else:
            formset = next(f for f in form_class.formsets.values() if f.model is panel.model)
            fields = formset.form.base_fields
        if not fields[panel.field_name].help_text:
            missing.append(panel.field_name)
    assert missing == []


@pytest.mark.parametrize("model", list(_editable_models()), ids=lambda model: model.__name__)
def test_every_block_in_a_stream_says_what_it_is_for(model):
    missing = []
    for field in model._meta.get_fields():
        if isinstance(field, StreamField):
            missing += list(_blocks_without_help(field.stream_block, field.name))
    assert missing == []


def test_the_article_editor_has_the_accessibility_checks_panel_on_the_main_content(
    sections, make_staff, client
):
    article = NewsArticlePageFactory(parent=sections["news"])
    client.force_login(make_staff("editor"))

    soup = BeautifulSoup(
        client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,))).content, "html.parser"
    )

    assert soup.select_one('[data-side-panel="checks"]')
    configuration = json.loads(soup.select_one("#checker-axe-configuration").string)
    assert configuration["context"]["include"] == ["main"]
    assert "heading-order" in configuration["options"]["runOnly"]
