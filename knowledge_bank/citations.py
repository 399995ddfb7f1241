"""'Cite this': a resource's reference in APA 7 and Harvard style, and BibTeX and RIS for reference managers.

Everything is built from the resource's fields; authors come in their order on
the page, an organisation as author under its own name.
"""

import re
import unicodedata

from django.http import HttpResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .kinds import CitationKind

BIBTEX_TYPES = {
    CitationKind.REPORT: "techreport",
    CitationKind.ARTICLE: "article",
    CitationKind.ISSUE: "misc",
    CitationKind.BOOK: "book",
    CitationKind.OTHER: "misc",
}
RIS_TYPES = {
    CitationKind.REPORT: "RPRT",
    CitationKind.ARTICLE: "JOUR",
    CitationKind.ISSUE: "JFULL",
    CitationKind.BOOK: "BOOK",
    CitationKind.OTHER: "GEN",
}


def initials(given):
    """'Jane Anne' → 'J. A.'; 'Mary-Jane' → 'M.-J.'."""
    parts = []
    for name in given.split():
        parts.append("-".join(f"{piece[0]}." for piece in name.split("-") if piece))
    return " ".join(parts)


def _author_reference(author, separator=" "):
    if author.is_organisation:
        return author.organisation
    family, given = author.name_parts
    return f"{family},{separator}{initials(given)}" if given else family


def _join(names, last_joiner):
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f"{last_joiner}{names[-1]}"


def _pages(resource):
    return resource.pages.replace("-", "–") if resource.pages else ""


def _link(resource, request):
    if resource.doi:
        return resource.doi_url
    return resource.external_url or resource.get_full_url(request)


def _journal(resource, part_of):
    """(journal title, volume, issue) for a paper or an issue, the issue's own when the paper has none."""
    source = resource if resource.journal_title or part_of is None else part_of
    return (
        source.journal_title,
        resource.volume or source.volume,
        resource.issue_number or source.issue_number,
    )


def apa(resource, authors, request, part_of=None):
    """APA 7th edition, as HTML (titles in italics)."""
    names = _join([escape(_author_reference(a)) for a in authors], ", &amp; ")
    title = escape(resource.title)
    year = resource.published_year
    head = f"{names} ({year})." if names else f"<i>{title}</i>. ({year})."
    if resource.citation_kind == CitationKind.ARTICLE:
        journal, volume, issue = _journal(resource, part_of)
        source = f"<i>{escape(journal)}</i>" if journal else ""
        if volume:
            source += f", <i>{escape(volume)}</i>" + (f"({escape(issue)})" if issue else "")
        if resource.pages:
            source += f", {escape(_pages(resource))}"
        body = f" {title}. {source}." if names else f" {source}."
    else:
        body = f" <i>{title}</i>." if names else ""
        if resource.publisher and resource.publisher not in [
            a.organisation for a in authors if a.is_organisation
        ]:
            body += f" {escape(resource.publisher)}."
    return mark_safe(f"{head}{body} {escape(_link(resource, request))}")  # noqa: S308 - every part escaped


def harvard(resource, authors, request, part_of=None):
    """Harvard (Cite Them Right), as HTML."""
    names = _join([escape(_author_reference(a)) for a in authors], " and ")
    title = escape(resource.title)
    head = f"{names} ({resource.published_year})" if names else f"<i>{title}</i> ({resource.published_year})"
    if resource.citation_kind == CitationKind.ARTICLE:
        journal, volume, issue = _journal(resource, part_of)
        body = f" ‘{title}’, <i>{escape(journal)}</i>" if names else f", <i>{escape(journal)}</i>"
        if volume:
            body += f", {escape(volume)}" + (f"({escape(issue)})" if issue else "")
        if resource.pages:
            body += f", pp. {escape(_pages(resource))}"
        body += "."
    else:
        body = f" <i>{title}</i>." if names else "."
        if resource.publisher:
            body += f" {escape(resource.publisher)}."
    where = (
        f" doi: {escape(resource.doi)}."
        if resource.doi
        else f" Available at: {escape(_link(resource, request))}."
    )
    return mark_safe(f"{head}{body}{where}")  # noqa: S308 - every part escaped


def _bibtex_escape(value):
    value = str(value).replace("\\", " ").replace("{", "(").replace("}", ")")
    return re.sub(r"([&%$#_])", r"\\\1", value)


def _ascii(value):
    return unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()


def citation_key(resource, authors):
    first = authors[0].name_parts[0] or authors[0].organisation if authors else "celcis"
    word = next(iter(re.findall(r"[A-Za-z]{4,}", _ascii(resource.title))), "resource")
    return re.sub(r"[^A-Za-z0-9]", "", _ascii(first)).lower() + str(resource.published_year) + word.lower()


def _bibtex_name(author):
    if author.is_organisation:
        return "{" + _bibtex_escape(author.organisation) + "}"
    family, given = author.name_parts
    return f"{_bibtex_escape(family)}, {_bibtex_escape(given)}" if given else _bibtex_escape(family)


def bibtex(resource, authors, request, part_of=None):
    kind = resource.citation_kind
    journal, volume, issue = _journal(resource, part_of)
    fields = [
        ("author", " and ".join(_bibtex_name(a) for a in authors)),
        ("title", resource.title),
        ("year", resource.published_year),
        ("month", resource.published_date.month if resource.published_date else ""),
        ("journal" if kind == CitationKind.ARTICLE else "", journal),
        ("volume", volume if kind in (CitationKind.ARTICLE, CitationKind.ISSUE) else ""),
        ("number", issue if kind in (CitationKind.ARTICLE, CitationKind.ISSUE) else ""),
        ("pages", resource.pages.replace("-", "--") if resource.pages else ""),
        ("institution" if kind == CitationKind.REPORT else "publisher", resource.publisher),
        ("doi", resource.doi),
        ("isbn", resource.isbn),
        ("issn", resource.issn),
        ("url", resource.external_url or resource.get_full_url(request)),
        ("abstract", resource.summary),
    ]
    lines = [f"@{BIBTEX_TYPES[kind]}{{{citation_key(resource, authors)},"]
    for name, value in fields:
        if name and value:
            text = value if name == "author" else _bibtex_escape(value)
            lines.append(f"  {name} = {{{text}}},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def ris(resource, authors, request, part_of=None):
    kind = resource.citation_kind
    journal, volume, issue = _journal(resource, part_of)
    first_page, _, last_page = resource.pages.partition("-")
    rows = [("TY", RIS_TYPES[kind])]
    for author in authors:
        family, given = author.name_parts
        rows.append(
            ("AU", author.organisation if author.is_organisation else f"{family}, {given}".strip(", "))
        )
    date = resource.published_date
    rows += [
        ("TI", resource.title),
        ("PY", str(resource.published_year)),
        ("DA", f"{date:%Y/%m/%d}/" if date else ""),
        ("T2" if kind == CitationKind.ARTICLE else "", journal),
        ("VL", volume),
        ("IS", issue),
        ("SP", first_page.strip()),
        ("EP", last_page.strip()),
        ("PB", resource.publisher),
        ("DO", resource.doi),
        ("SN", resource.isbn or resource.issn),
        ("UR", resource.external_url or resource.get_full_url(request)),
        ("AB", " ".join(resource.summary.split())),
        *[("KW", topic.name) for topic in resource.topics.all()],
        ("ER", ""),
    ]
    return "".join(f"{tag}  - {value}\r\n" for tag, value in rows if tag and (value or tag == "ER"))


def citations(resource, authors, request, part_of=None):
    """The page's 'Cite this' block: both styles, and the download addresses."""
    url = resource.get_url(request)
    return {
        "apa": apa(resource, authors, request, part_of),
        "harvard": harvard(resource, authors, request, part_of),
        "bibtex_url": f"{url}cite/bibtex/",
        "ris_url": f"{url}cite/ris/",
    }


DOWNLOADS = {
    "bibtex": (bibtex, "application/x-bibtex; charset=utf-8", "bib"),
    "ris": (ris, "application/x-research-info-systems; charset=utf-8", "ris"),
}


def citation_download(resource, request, file_format):
    """The resource's reference as a file a reference manager imports (BibTeX or RIS)."""
    build, content_type, extension = DOWNLOADS[file_format]
    authors = resource.ordered_authors()
    reference = build(resource, authors, request, resource.visible_part_of())
    response = HttpResponse(reference, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{resource.slug}.{extension}"'
    return response
