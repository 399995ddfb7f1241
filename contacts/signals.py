"""Keep the cached help banner in step with the page it links to.

The banner's fragment holds its target page's URL; publishing, unpublishing
or moving any page may change that URL, so the fragment is cleared then too
(one cache delete per site, and page changes are rare next to page views).
"""

from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import HelpSettings


def clear_help_banner(**kwargs):
    HelpSettings.clear_fragments()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(clear_help_banner, dispatch_uid=f"contacts.clear_help_banner.{id(signal)}")
