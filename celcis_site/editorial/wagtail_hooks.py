"""Admin hooks: the content checker looks at what editors write, and admins cannot take over superusers."""

from wagtail import hooks
from wagtail.admin.auth import permission_denied
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


def _protect_superusers(request, user):
    # Site administrators manage staff accounts; a superuser's account (and so
    # its password) is out of their reach, or they could become one.
    if user.is_superuser and not request.user.is_superuser:
        return permission_denied(request)
    return None


hooks.register("before_edit_user", _protect_superusers)
hooks.register("before_delete_user", _protect_superusers)
