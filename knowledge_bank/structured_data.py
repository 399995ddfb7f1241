"""For search engines and reference managers: Google Scholar's citation_* meta tags and schema.org JSON-LD."""

from people.structured_data import person_schema

from .kinds import CitationKind

SCHEMA_TYPES = {
    CitationKind.REPORT: "Report",
    CitationKind.ARTICLE: "ScholarlyArticle",
    CitationKind.ISSUE: "PublicationIssue",
    CitationKind.BOOK: "Book",
    CitationKind.OTHER: "CreativeWork",
}


def _pdf(files):
    return next((file for file in files if file.file_type == "PDF"), None)


def scholar_meta_tags(resource, authors, files, request, part_of=None):
    """[(name, content)] in the order Google Scholar documents them; empty values left out."""
    tags = [("citation_title", resource.title)]
    tags += [("citation_author", author.display_name) for author in authors]
    date = resource.published_date
    tags.append(("citation_publication_date", f"{date:%Y/%m/%d}" if date else str(resource.published_year)))
    journal_source = resource if resource.journal_title or part_of is None else part_of
    first_page, _, last_page = resource.pages.partition("-")
    kind = resource.citation_kind
    tags += [
        ("citation_journal_title", journal_source.journal_title),
        ("citation_volume", resource.volume or journal_source.volume),
        ("citation_issue", resource.issue_number or journal_source.issue_number),
        ("citation_firstpage", first_page.strip()),
        ("citation_lastpage", last_page.strip()),
        ("citation_doi", resource.doi),
        ("citation_isbn", resource.isbn),
        ("citation_issn", resource.issn or journal_source.issn),
        (
            "citation_technical_report_institution" if kind == CitationKind.REPORT else "citation_publisher",
            resource.publisher,
        ),
    ]
    pdf = _pdf(files)
    if pdf is not None:
        tags.append(("citation_pdf_url", request.build_absolute_uri(pdf.document.url)))
    return [(name, value) for name, value in tags if value]


def _author_schema(author, request):
    if author.person_id:
        return person_schema(author.person, request)
    if author.is_organisation:
        return {"@type": "Organization", "name": author.organisation}
    data = {"@type": "Person", "name": author.display_name, "familyName": author.name_parts[0]}
    if author.organisation:
        data["affiliation"] = {"@type": "Organization", "name": author.organisation}
    return data


def _issue_schema(issue, request):
    data = {"@type": "PublicationIssue", "name": issue.title, "url": issue.get_full_url(request)}
    if issue.issue_number:
        data["issueNumber"] = issue.issue_number
    if issue.journal_title:
        periodical = {"@type": "Periodical", "name": issue.journal_title}
        if issue.issn:
            periodical["issn"] = issue.issn
        data["isPartOf"] = {
            "@type": "PublicationVolume",
            "volumeNumber": issue.volume,
            "isPartOf": periodical,
        }
    return data


def resource_schema(resource, authors, files, topics, request, part_of=None):
    """schema.org JSON-LD for a resource, typed by its resource type."""
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES[resource.citation_kind],
        "name": resource.title,
        "headline": resource.title,
        "url": resource.get_full_url(request),
        "description": resource.summary,
        "datePublished": resource.published_date.isoformat()
        if resource.published_date
        else str(resource.published_year),
        "author": [_author_schema(author, request) for author in authors],
        "publisher": {"@type": "Organization", "name": resource.publisher} if resource.publisher else None,
        "inLanguage": "en-GB",
    }
    if resource.doi:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": resource.doi}
        data["sameAs"] = resource.doi_url
    if resource.isbn and resource.citation_kind == CitationKind.BOOK:
        data["isbn"] = resource.isbn
    if resource.licence:
        data["license"] = resource.licence
    if topics:
        data["about"] = [topic.name for topic in topics]
    if resource.pages:
        data["pagination"] = resource.pages
    if part_of is not None:
        data["isPartOf"] = _issue_schema(part_of, request)
    elif resource.citation_kind == CitationKind.ISSUE:
        data.update({key: value for key, value in _issue_schema(resource, request).items() if key != "@type"})
    pdf = _pdf(files)
    if pdf is not None:
        data["encoding"] = {
            "@type": "MediaObject",
            "contentUrl": request.build_absolute_uri(pdf.document.url),
            "encodingFormat": "application/pdf",
        }
    return {key: value for key, value in data.items() if value is not None}
