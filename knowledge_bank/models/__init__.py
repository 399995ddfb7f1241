"""The Knowledge Bank: resource types, the library page and resources with their authors and files."""

from ..kinds import CitationKind
from .library import KnowledgeBankPage
from .parts import RelatedResource, ResourceAuthor, ResourceFile
from .resources import JournalSection, ResourcePage, ResourceQuerySet
from .types import ResourceType

__all__ = [
    "CitationKind",
    "JournalSection",
    "KnowledgeBankPage",
    "RelatedResource",
    "ResourceAuthor",
    "ResourceFile",
    "ResourcePage",
    "ResourceQuerySet",
    "ResourceType",
]
