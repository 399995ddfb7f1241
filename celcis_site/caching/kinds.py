"""Kinds of model an invalidation trigger can name when one model label is not enough (any page, any setting).

Importable from an AppConfig module: the models are imported only when a kind is first tested.
"""

from dataclasses import dataclass
from functools import cache as remember


@dataclass(frozen=True)
class ModelKind:
    """Every model `includes(model)` says yes to; `description` is what the table shows."""

    description: str
    includes: object

    def __str__(self):
        return self.description


@remember
def _snippet_models():
    from wagtail.snippets.models import get_snippet_models

    return frozenset(get_snippet_models())


def is_shown_on_pages(model):
    """Whether saving an instance of `model` can change what a public page shows (pages aside)."""
    from modelcluster.fields import ParentalKey
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import PageViewRestriction, Site

    # A view restriction makes a page private: it leaves listings, feeds and the page itself.
    if issubclass(
        model,
        (BaseSiteSetting, BaseGenericSetting, Site, AbstractImage, AbstractDocument, PageViewRestriction),
    ):
        return True
    snippets = _snippet_models()
    if model in snippets:
        return True
    # Rows edited inline within a snippet or a setting (InlinePanel), e.g. a cookie category's cookies.
    return any(
        isinstance(field, ParentalKey)
        and (field.related_model in snippets or issubclass(field.related_model, BaseGenericSetting))
        for field in model._meta.get_fields()
    )


def _is_cached_fragment_setting(model):
    from .fragments import CachedFragmentSetting

    return issubclass(model, CachedFragmentSetting)


def _is_page(model):
    from wagtail.models import Page

    return issubclass(model, Page)


ANY_PAGE = ModelKind("any page", _is_page)
SHOWN_ON_PAGES = ModelKind(
    "any setting, snippet (or row inline in one), site, image, document or view restriction",
    is_shown_on_pages,
)
CACHED_FRAGMENT_SETTINGS = ModelKind(
    "any CachedFragmentSetting (contact details, help banner)", _is_cached_fragment_setting
)
