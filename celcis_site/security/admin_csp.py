"""Lets the Wagtail admin run under the site's script policy, which has no 'unsafe-inline'.

Wagtail 8 still starts some widgets with a small inline <script>. The ones
written in templates are overridden in templates/wagtailadmin/ to carry the
request's CSP nonce; the chooser widgets write theirs in Python, so their
render method is wrapped here to add the nonce to the one script tag Wagtail
itself appends. Nothing else gets a nonce, so injected script still cannot run.
Wagtail 8 offers no hook for a nonce; tests/celcis_site/security/test_wagtail_internals.py
fails, saying what to redo, when an upgrade changes what these copies and this wrapper rely on.
"""

from django.utils.safestring import mark_safe
from wagtail.admin.widgets.chooser import BaseChooser

from .request_context import current_request


def request_nonce():
    """The current request's CSP nonce, or '' outside a request."""
    request = current_request.get()
    nonce = getattr(request, "csp_nonce", None)
    return str(nonce) if nonce is not None else ""


def add_nonce_to_chooser_scripts():
    original_render = BaseChooser.render
    if getattr(original_render, "adds_csp_nonce", False):
        return

    def render(self, name, value, attrs=None, renderer=None):
        html = original_render(self, name, value, attrs=attrs, renderer=renderer)
        head, script_tag, tail = html.rpartition("<script>")
        if not script_tag:
            return html
        return mark_safe(f'{head}<script nonce="{request_nonce()}">{tail}')  # noqa: S308 - Wagtail's own markup

    render.adds_csp_nonce = True
    # tests/celcis_site/security/test_wagtail_internals.py compares the two outputs.
    render.__wrapped__ = original_render
    BaseChooser.render = render
