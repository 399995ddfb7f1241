"""'Cite this' and the data for reference managers and search engines, parsed back with real parsers."""

import json

import bibtexparser
import rispy
from bibtexparser.middlewares import SeparateCoAuthors, SplitNameParts
from bs4 import BeautifulSoup


def test_the_page_cites_a_report_in_apa_7_and_harvard(client, report):
    page = BeautifulSoup(client.get(report.url).content, "html.parser")
    apa = page.select_one("[data-style=apa]")
    harvard = page.select_one("[data-style=harvard]")

    assert apa.get_text() == (
        "Davidson, J., & Berg, A. (2019). Growing up in care: what children told us. CELCIS. "
        "https://doi.org/10.17868/strath.00071234"
    )
    assert apa.i.get_text() == "Growing up in care: what children told us"
    assert harvard.get_text() == (
        "Davidson, J. and Berg, A. (2019) Growing up in care: what children told us. CELCIS. "
        "doi: 10.17868/strath.00071234."
    )


def test_a_journal_paper_is_cited_with_its_journal_volume_issue_and_pages(client, journal_issue):
    paper = journal_issue[1]["Night staff and the rhythm of the house"]
    apa = BeautifulSoup(client.get(paper.url).content, "html.parser").select_one("[data-style=apa]")

    assert apa.get_text().startswith(
        "Davidson, J. (2024). Night staff and the rhythm of the house. "
        "Scottish Journal of Residential Child Care, 23(1), 25–40."
    )


def test_bibtex_download_parses_back_to_the_resources_fields(client, report):
    response = client.get(report.url + "cite/bibtex/")

    assert response["Content-Type"].startswith("application/x-bibtex")
    assert 'filename="growing-up-in-care.bib"' in response["Content-Disposition"]
    library = bibtexparser.parse_string(
        response.content.decode(), append_middleware=[SeparateCoAuthors(), SplitNameParts()]
    )
    assert library.failed_blocks == []
    (entry,) = library.entries
    assert entry.entry_type == "techreport"
    assert [(name.last, name.first) for name in entry["author"]] == [
        (["Davidson"], ["Jennifer"]),
        (["Berg"], ["Anna"]),
    ]
    assert (entry["title"], entry["year"], entry["doi"], entry["institution"]) == (
        "Growing up in care: what children told us",
        "2019",
        "10.17868/strath.00071234",
        "CELCIS",
    )


def test_ris_download_parses_back_to_the_papers_fields(client, journal_issue):
    paper = journal_issue[1]["Relationships at the heart of residential care"]
    response = client.get(paper.url + "cite/ris/")

    assert response["Content-Type"].startswith("application/x-research-info-systems")
    (entry,) = rispy.loads(response.content.decode())
    assert entry["type_of_reference"] == "JOUR"
    assert entry["authors"] == ["Davidson, Jennifer"]
    assert entry["title"] == "Relationships at the heart of residential care"
    assert (entry["secondary_title"], entry["volume"], entry["number"]) == (
        "Scottish Journal of Residential Child Care",
        "23",
        "1",
    )
    assert (entry["start_page"], entry["end_page"], entry["year"]) == ("10", "24", "2024")


def test_scholar_meta_tags_and_json_ld_describe_a_paper_in_its_issue(client, journal_issue, person):
    paper = journal_issue[1]["Night staff and the rhythm of the house"]
    page = BeautifulSoup(client.get(paper.url).content, "html.parser")
    meta = {}
    for tag in page.select("meta[name^=citation_]"):
        meta.setdefault(tag["name"], []).append(tag["content"])

    assert meta == {
        "citation_title": ["Night staff and the rhythm of the house"],
        "citation_author": ["Jennifer Davidson"],
        "citation_publication_date": ["2024"],
        "citation_journal_title": ["Scottish Journal of Residential Child Care"],
        "citation_volume": ["23"],
        "citation_issue": ["1"],
        "citation_firstpage": ["25"],
        "citation_lastpage": ["40"],
        "citation_issn": ["1478-1840"],
        "citation_publisher": ["CELCIS"],
    }
    data = next(
        json.loads(script.string)
        for script in page.select("script[type='application/ld+json']")
        if "ScholarlyArticle" in script.string
    )
    assert data["@type"] == "ScholarlyArticle"
    assert data["author"][0]["@type"] == "Person"
    assert data["author"][0]["sameAs"] == ["https://orcid.org/0000-0002-1825-0097"]
    assert data["isPartOf"]["@type"] == "PublicationIssue"
    assert data["isPartOf"]["issueNumber"] == "1"
    assert data["isPartOf"]["isPartOf"]["isPartOf"]["name"] == "Scottish Journal of Residential Child Care"


def test_a_reports_meta_tags_name_its_pdf_and_doi_and_its_json_ld_is_a_report(client, report):
    page = BeautifulSoup(client.get(report.url).content, "html.parser")

    pdf_url = page.select_one("meta[name=citation_pdf_url]")["content"]
    assert pdf_url.startswith("http://testserver/documents/")
    assert pdf_url.endswith(".pdf")
    assert page.select_one("meta[name=citation_doi]")["content"] == "10.17868/strath.00071234"
    assert [tag["content"] for tag in page.select("meta[name=citation_author]")] == [
        "Jennifer Davidson",
        "Anna Berg",
    ]
    types = [
        json.loads(script.string).get("@type") for script in page.select("script[type='application/ld+json']")
    ]
    assert "Report" in types
