"""The Knowledge Bank in Chromium: axe-core and the Nu checker on its pages, its filters by keyboard, and the
editorial flow from an editor's draft to a resource visitors find.

Two tests, each one demo load: the first reads every page once for both checkers.
"""

import json
import re
import subprocess

from django.db import connections
from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.browser.test_html_validity import vnu  # noqa: F401 (the checker's fixture)

PAGES = {
    "library": "/knowledge-bank/",
    "library, filtered": "/knowledge-bank/?type=report&type=briefing&topic=research&from=2016&to=2024",
    "library, empty": "/knowledge-bank/?type=podcast&topic=online-safety",
    "resource": "/knowledge-bank/virtual-school-head-teachers-network/",
    "journal issue": "/knowledge-bank/sjrcc-volume-23-issue-1/",
    "person": "/people/ewan-fraser/",
    "people index": "/people/",
}
ADMIN_TIMEOUT_MS = 30_000


def test_pages_pass_axe_and_the_nu_checker_and_every_filter_works_by_keyboard(
    demo_site,
    page,
    vnu,  # noqa: F811 (the checker's fixture, imported)
    tmp_path,
    artifacts_dir,
):
    page.route(lambda url: not url.startswith(demo_site), lambda route: route.abort())
    files = {}
    for name, url in PAGES.items():
        response = page.goto(demo_site + url)
        assert response.status == 200, name
        assert page.get_by_role("heading", level=1).count() == 1
        assert_no_axe_violations(page, artifacts_dir, "axe-kb-" + re.sub(r"\W+", "-", name))
        path = tmp_path / (re.sub(r"\W+", "-", name) + ".html")
        path.write_bytes(response.body())
        files[f"file:{path}"] = name
    result = subprocess.run(
        [*vnu, *(name[5:] for name in files)], capture_output=True, text=True, timeout=300
    )
    errors = [
        f"{files.get(m.get('url'), m.get('url'))}, line {m.get('lastLine')}: {m['message']}"
        for m in json.loads(result.stdout)["messages"]
        if m["type"] in {"error", "non-document-error"}
    ]
    assert errors == [], "\n".join(errors)

    # The keyboard reaches every filter, in order, from the search box to the button.
    page.goto(demo_site + "/knowledge-bank/")
    page.locator("#library-q").focus()
    reached = []
    for _ in range(60):
        reached.append(
            page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()")
        )
        if reached[-1] == "Show resources":
            break
        page.keyboard.press("Tab")
    enabled = page.locator("#library-filters input:not([disabled]), #library-filters select").evaluate_all(
        "elements => elements.map(element => element.id)"
    )
    assert [item for item in reached if item in enabled] == enabled
    # Space ticks a type: the results follow and the new total is in the status region.
    before = page.locator("#library-count").text_content()
    page.locator("#type-report").focus()
    page.keyboard.press("Space")
    expect(page.locator("#library-count")).not_to_have_text(before)
    expect(page.locator("#library-count")).to_have_text(re.compile(r"match"))
    assert "type=report" in page.url
    # An author chosen from the select with the arrow keys, then the form sent with Enter.
    page.locator("#library-author").focus()
    page.keyboard.press("ArrowDown")
    page.locator("#library-q").focus()
    page.keyboard.type("care")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"author=.+&.*|q=care"), timeout=ADMIN_TIMEOUT_MS)
    connections.close_all()


TITLE = "Sibling contact in kinship care: a practice study"
SLUG = "sibling-contact-in-kinship-care-a-practice-study"
# Only inside the uploaded PDF: site search can find the resource by it only if the PDF was read.
PDF_PHRASE = "quarterly sibling picnics"


def test_editor_creates_a_resource_moderator_approves_and_visitors_find_it_everywhere(
    demo_site, page, monkeypatch, artifacts_dir
):
    from knowledge_bank.models import KnowledgeBankPage, ResourcePage
    from tests.browser.test_editorial_workflow import _create_staff, _sign_in
    from tests.knowledge_bank.factories import make_pdf_document

    page.set_default_timeout(ADMIN_TIMEOUT_MS)
    _create_staff(monkeypatch, "eilidh", "editor")
    _create_staff(monkeypatch, "morag", "moderator")
    library = KnowledgeBankPage.objects.get()
    make_pdf_document("Sibling contact study", [f"Families described {PDF_PHRASE} as what kept them close."])

    _sign_in(page, demo_site, "eilidh")
    page.goto(f"{demo_site}/admin/pages/add/knowledge_bank/resourcepage/{library.pk}/")
    page.wait_for_load_state("networkidle")
    page.get_by_role("textbox", name="Title*").fill(TITLE)
    page.locator("select[name=resource_type]").select_option(label="Report")
    page.locator("input[name=published_year]").fill("2025")
    page.locator("textarea[name=summary]").fill("How kinship carers keep brothers and sisters in touch.")
    # Two authors, in order: a CELCIS person chosen from People, then an outside author.
    page.get_by_role("button", name="Add author").click()
    page.get_by_role("button", name="Choose a page").first.click()
    dialog = page.get_by_role("dialog")
    dialog.locator("input[name=q]").fill("Ewan")
    dialog.get_by_role("link", name="Ewan Fraser").click()
    expect(dialog).to_be_hidden()
    page.get_by_role("button", name="Add author").click()
    page.locator("input[name='authors-1-name']").fill("Anna Berg")
    page.locator("input[name='authors-1-organisation']").fill("University of Stirling")
    page.get_by_role("button", name="Add file").click()
    page.get_by_role("button", name="Choose a document").click()
    dialog.locator("input[name=q]").fill("Sibling contact study")
    dialog.get_by_role("link", name="Sibling contact study").click()
    expect(dialog).to_be_hidden()
    page.get_by_label("Care experience").check()
    page.get_by_label("Research").check()
    page.get_by_role("button", name="Save draft").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to News and campaigns moderation").click()
    expect(page.get_by_text("has been submitted for moderation")).to_be_visible()
    resource = ResourcePage.objects.get(slug=SLUG)
    assert not resource.live
    assert page.goto(f"{demo_site}/knowledge-bank/{SLUG}/").status == 404

    _sign_in(page, demo_site, "morag")
    page.goto(f"{demo_site}/admin/pages/{resource.pk}/edit/")
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{library.pk}/$"))
    page.screenshot(path=str(artifacts_dir / "knowledge-bank-approved.png"))

    page.context.clear_cookies()
    page.goto(f"{demo_site}/knowledge-bank/?topic=research&type=report")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    page.get_by_role("link", name=TITLE).click()
    expect(page.locator(".resource__authors")).to_have_text(
        re.compile(r"Ewan Fraser\s*Anna Berg, University of Stirling")
    )
    expect(page.locator(".resource__downloads")).to_contain_text("Read the report (PDF,")
    page.goto(f"{demo_site}/people/ewan-fraser/")
    expect(page.locator("#resources-heading ~ ul a").first).to_have_text(TITLE)
    assert (
        f"<title>{TITLE} (Report, 2025)</title>"
        in page.request.get(f"{demo_site}/knowledge-bank/feed/").text()
    )
    page.goto(f'{demo_site}/search/?q="{PDF_PHRASE}"')
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    connections.close_all()
