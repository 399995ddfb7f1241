"""Admin hooks: the content checker looks at what editors write (staff accounts: celcis_site/security)."""

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem


class MainContentCheckerItem(ContentCheckerItem):
    """Wagtail's accessibility checker, run on the page's main content.

    The header, banner and footer come from templates editors cannot change;
    checking only <main> keeps every issue in the Checks panel one the editor can fix.
    """

    axe_include = ["main"]


@hooks.register("construct_wagtail_userbar")
def check_main_content_only(request, items, page):
    for position, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, MainContentCheckerItem):
            items[position] = MainContentCheckerItem(in_editor=item.in_editor)
