"""Admin wiring: after saving a resource, the editor is told which attached PDFs' text could not be read.

The file stays attached and downloadable; only searching inside it is lost,
so this is a warning, not an error that would stop the save.
"""

from django.contrib import messages
from wagtail import hooks

from .models import ResourcePage
from .pdf_text import UNREADABLE, read_pdf


def warn_about_unreadable_pdfs(request, page):
    if not isinstance(page.specific, ResourcePage):
        return
    # The editor's latest version (a draft's files live in its revision, not yet in the tables).
    resource = page.specific.get_latest_revision_as_object()
    for attached in resource.files.all():
        status = attached.text_status
        if not status or attached.text_file_hash != (attached.document.file_hash or ""):
            status = read_pdf(attached.document).status
        if status == UNREADABLE:
            messages.warning(
                request,
                f"The text of “{attached.document.title}” could not be read (the PDF is damaged, "
                "encrypted or a scan without text). It is attached and can be downloaded, but searches "
                "will not find words inside it. Upload a PDF that is not password-protected to make it "
                "searchable.",
            )


hooks.register("after_create_page", warn_about_unreadable_pdfs)
hooks.register("after_edit_page", warn_about_unreadable_pdfs)
