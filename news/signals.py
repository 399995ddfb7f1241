"""Keep cached news listing facts honest: any page or view restriction changed bumps their version."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from .listing_cache import forget_listing_facts


def forget_listing_facts_when_a_page_changes(sender, instance=None, **kwargs):
    # Publishing, unpublishing and scheduled publishing all end in a save.
    if isinstance(instance, Page):
        forget_listing_facts()


def connect():
    post_save.connect(forget_listing_facts_when_a_page_changes, dispatch_uid="news-listing-save")
    post_delete.connect(forget_listing_facts_when_a_page_changes, dispatch_uid="news-listing-delete")
    # A restricted section leaves the listings, and a lifted restriction brings it back.
    post_save.connect(forget_listing_facts, sender=PageViewRestriction, dispatch_uid="news-restriction-save")
    post_delete.connect(
        forget_listing_facts, sender=PageViewRestriction, dispatch_uid="news-restriction-delete"
    )
    post_page_move.connect(forget_listing_facts_when_a_page_changes, dispatch_uid="news-listing-move")
