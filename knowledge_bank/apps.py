"""App configuration for the Knowledge Bank: its editorial section, cache rows, and PDF text kept fresh."""

from django.apps import AppConfig

from celcis_site.caching.kinds import ANY_PAGE
from celcis_site.caching.triggers import EDITED, EDITED_OR_MOVED, Trigger

# The VersionedCache of knowledge_bank/listing_cache.py.
LIBRARY = "knowledge-bank"


class KnowledgeBankConfig(AppConfig):
    name = "knowledge_bank"
    verbose_name = "Knowledge Bank"

    # Page types whose subtrees editors work in, under moderation (celcis_site/editorial/sections.py).
    editorial_sections = ("knowledge_bank.KnowledgeBankPage",)

    # What the mailing list's weekly digest takes from the Knowledge Bank (newsletter/digest.py).
    newsletter_digest_sources = (("New in the Knowledge Bank", "knowledge_bank.digest.new_resources"),)

    # Rows of the invalidation table (celcis_site/caching/table.py): the library's counts, authors
    # and search matches change with any page (a resource, or a person who is an author) and with a
    # view restriction. Types and topics are read on each request, not cached.
    # fmt: off
    cache_triggers = (
        Trigger("library-pages",        ANY_PAGE,                          EDITED_OR_MOVED, (LIBRARY,)),
        Trigger("library-restrictions", "wagtailcore.PageViewRestriction", EDITED,          (LIBRARY,)),
    )
    # fmt: on

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.documents import get_document_model

        from . import listing_cache  # noqa: F401 - registers its VersionedCache for the invalidation table
        from .file_refresh import read_files_again

        post_save.connect(read_files_again, sender=get_document_model(), dispatch_uid="kb-read-files-again")
