"""The page types every area builds on: BasePage, StandardPage and the legal pages, one module each."""

from .base import BasePage, StandardPage
from .legal import AbstractLegalPage, BodySection, ContentsEntry, LegalPage

__all__ = ["AbstractLegalPage", "BasePage", "BodySection", "ContentsEntry", "LegalPage", "StandardPage"]
