"""Document uploads must be what their names say: a .pdf that is really HTML is refused.

Wagtail checks the extension against WAGTAILDOCS_EXTENSIONS; this also looks
at the first bytes, so a web page renamed to report.pdf cannot be served from
the site as a "document".
"""

from django.core.exceptions import ValidationError
from wagtail.documents.forms import BaseDocumentForm

ZIP = (b"PK\x03\x04",)
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
    "rtf": (b"{\\rtf",),
}
TEXT_EXTENSIONS = {"txt", "csv"}
MARKUP_HINTS = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml", b"<body", b"<iframe")
SNIFF_BYTES = 2048


def content_matches_extension(extension, head):
    """Whether a file starting with `head` is plausibly of type `extension`."""
    if extension in SIGNATURES:
        return head.startswith(SIGNATURES[extension])
    if extension in TEXT_EXTENSIONS:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut at the sniffing boundary is still text.
            if error.start < len(head) - 3:
                return False
        return not any(hint in head.lower() for hint in MARKUP_HINTS)
    return True


class SafeDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "read") and "file" in self.changed_data:
            extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
            upload.seek(0)
            head = upload.read(SNIFF_BYTES)
            upload.seek(0)
            if not content_matches_extension(extension, head):
                raise ValidationError(
                    f"This file's contents are not a .{extension} file. "
                    f"Upload the document in the format its name says.",
                    code="content_mismatch",
                )
        return upload
