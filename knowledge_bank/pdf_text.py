"""The text and page count of an attached PDF, read with pypdf, for the search index and the download label.

A damaged or encrypted PDF is still attached and downloadable: reading it
only reports that its text could not be read, never raises.
"""

import logging
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PyPdfError

logger = logging.getLogger(__name__)

# Enough for any report's words to be found; bounds the index entry of a 900-page scan.
MAX_TEXT_LENGTH = 300_000
READ = "read"
UNREADABLE = "unreadable"
NOT_PDF = "not-pdf"


@dataclass(frozen=True)
class PdfText:
    status: str
    text: str = ""
    page_count: int | None = None


def read_pdf(document):
    """PdfText for a Wagtail document: its text and page count, or why there are none."""
    if (document.file_extension or "").lower() != "pdf":
        return PdfText(NOT_PDF)
    try:
        with document.open_file() as handle:
            reader = PdfReader(handle)
            # Encrypted with an empty user password (print or copy locks only): still readable.
            if reader.is_encrypted and not reader.decrypt(""):
                return PdfText(UNREADABLE)
            page_count = len(reader.pages)
            parts, length = [], 0
            for page in reader.pages:
                part = page.extract_text() or ""
                parts.append(part)
                length += len(part)
                if length >= MAX_TEXT_LENGTH:
                    break
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        # pypdf raises a few plain exception types on broken files, besides its own.
        logger.info("Could not read the text of document %s: %s", document.pk, type(error).__name__)
        return PdfText(UNREADABLE)
    text = " ".join(" ".join(parts).split())[:MAX_TEXT_LENGTH]
    return PdfText(READ if text else UNREADABLE, text, page_count)
