"""Small real PDFs made locally: pages of wrapped text in Helvetica, for demo content, generators and tests.

A plain PDF 1.4 file written by hand (catalogue, pages, one font, one content
stream per page, a cross-reference table), so any reader, pypdf included,
finds its text. An `encrypt`-free, image-free subset: enough for searching inside.
"""

import textwrap

LINE_WIDTH = 85
LINES_PER_PAGE = 46


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace")


def _page_stream(title, lines):
    parts = [b"BT /F1 16 Tf 56 790 Td (" + _escape(title) + b") Tj ET", b"BT /F1 11 Tf 56 760 Td 14 TL"]
    parts += [b"(" + _escape(line) + b") Tj T*" for line in lines]
    parts.append(b"ET")
    return b"\n".join(parts)


def pdf_bytes(title, paragraphs, *, min_pages=1):
    """A PDF with `title` on every page and `paragraphs` wrapped over as many A4 pages as they need."""
    lines = []
    for paragraph in paragraphs:
        lines += textwrap.wrap(paragraph, LINE_WIDTH) + [""]
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, max(len(lines), 1), LINES_PER_PAGE)]
    pages += [[]] * max(0, min_pages - len(pages))
    page_count = len(pages)
    # Objects: 1 catalogue, 2 page tree, 3 font, then a page and its content stream per page.
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{4 + 2 * n} 0 R" for n in range(page_count))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {page_count} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for number, page_lines in enumerate(pages):
        stream = _page_stream(title, page_lines)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * number} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
