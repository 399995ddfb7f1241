"""Guards on what the admin's strict CSP borrows from Wagtail's internals (celcis_site/security/admin_csp.py).

Wagtail 8 has no hook for a CSP nonce, so five admin templates are copied
under templates/wagtailadmin/ only to add one, and BaseChooser.render is
wrapped. On a Wagtail upgrade these tests fail, naming what to redo, if the
installed templates or the chooser's markup changed under the copies.
"""

import re
from pathlib import Path

import pytest
import wagtail
from django.conf import settings
from wagtail.admin.widgets import AdminPageChooser
from wagtail.admin.widgets.chooser import BaseChooser

from celcis_site.security.request_context import current_request

OUR_COPIES = Path(settings.BASE_DIR) / "templates" / "wagtailadmin"
WAGTAIL_TEMPLATES = Path(wagtail.__file__).parent / "admin" / "templates" / "wagtailadmin"
COPIES = sorted(path.relative_to(OUR_COPIES) for path in OUR_COPIES.rglob("*.html"))


def without_the_nonce(template):
    """Our copy as Wagtail wrote it: no csp_tags library, no nonce attribute."""
    template = template.replace("{% load csp_tags %}\n", "")
    template = re.sub(r"({% load [^%]*?) csp_tags %}", r"\1 %}", template)
    return template.replace('<script nonce="{% csp_nonce %}">', "<script>")


def test_there_are_copies_to_guard():
    assert len(COPIES) == 5


@pytest.mark.parametrize("relative_path", COPIES, ids=str)
def test_each_admin_template_copy_is_wagtails_own_apart_from_the_nonce(relative_path):
    ours = (OUR_COPIES / relative_path).read_text()
    installed = WAGTAIL_TEMPLATES / relative_path

    assert installed.exists(), (
        f"Wagtail {wagtail.__version__} no longer has wagtailadmin/{relative_path}: delete our copy, "
        "and check that the widget still runs (tests/browser/test_admin_under_csp.py)."
    )
    assert without_the_nonce(ours) == installed.read_text(), (
        f"Wagtail {wagtail.__version__} changed wagtailadmin/{relative_path}. Copy the new file from "
        f"{installed} over templates/wagtailadmin/{relative_path}, then add `csp_tags` to its load tag "
        'and `nonce="{% csp_nonce %}"` to its <script> again (or delete the copy if Wagtail now needs '
        "no inline script)."
    )


class FakeRequest:
    csp_nonce = "guard-nonce"


def test_the_wrapped_chooser_adds_the_nonce_to_wagtails_one_script_and_changes_nothing_else():
    widget = AdminPageChooser()
    token = current_request.set(FakeRequest())
    try:
        wrapped = str(BaseChooser.render(widget, "page", None, attrs={"id": "id_page"}))
        original = str(BaseChooser.render.__wrapped__(widget, "page", None, attrs={"id": "id_page"}))
    finally:
        current_request.reset(token)

    message = (
        f"Wagtail {wagtail.__version__} changed the markup of BaseChooser.render. Look at what the chooser "
        "widgets now write and redo add_nonce_to_chooser_scripts() in celcis_site/security/admin_csp.py "
        "(it expects exactly one bare <script> tag, appended last), or remove it if Wagtail no longer "
        "needs it."
    )
    assert original.count("<script>") == 1, message
    assert wrapped.count('<script nonce="guard-nonce">') == 1, message
    assert wrapped.replace(' nonce="guard-nonce"', "") == original, message
