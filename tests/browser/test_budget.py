"""All the CSS and JavaScript any page type loads, together, is at most 40 KB compressed.

Measured in Chromium: every stylesheet and script response the page receives
is gzipped here at level 9, as whitenoise's CompressedManifestStaticFilesStorage
compresses them for production (the test server sends them uncompressed).
The visitor has accepted every optional cookie, so the optional scripts load
too: the most a page ever loads. The figures go to test-results/asset-budget.json.
"""

import gzip
import json

from tests.browser.page_types import PAGE_TYPES, show_contact_form_errors

BUDGET_BYTES = 40 * 1024


def _gzip_size(body):
    return len(gzip.compress(body, compresslevel=9))


def test_every_page_type_loads_at_most_40_kb_of_compressed_css_and_javascript(demo_site, page, artifacts_dir):
    # Every page load fetches its files afresh, so each page's total is complete.
    page.context.new_cdp_session(page).send("Network.setCacheDisabled", {"cacheDisabled": True})
    loaded = set()

    def remember(response):
        if response.request.resource_type in {"stylesheet", "script"} and response.ok:
            loaded.add(response.url)

    page.on("response", remember)
    page.goto(demo_site + "/")
    page.get_by_role("button", name="Accept analytics, preferences and video cookies").click()
    page.get_by_text("You've accepted additional cookies.").wait_for()

    totals = {}
    for name, url in [*PAGE_TYPES.items(), ("contact, with errors", None)]:
        loaded.clear()
        if url is None:
            show_contact_form_errors(page, demo_site)
        else:
            page.goto(demo_site + url)
        page.wait_for_load_state("networkidle")
        # Bodies fetched once the page has settled: a response the page navigated away from has none.
        sizes = {url: _gzip_size(page.context.request.get(url).body()) for url in loaded}
        totals[name] = {
            "gzip_bytes": sum(sizes.values()),
            "files": sorted(url.removeprefix(demo_site) for url in sizes),
        }

    (artifacts_dir / "asset-budget.json").write_text(json.dumps(totals, indent=2))
    assert all("/static/js/analytics-stand-in.js" in figures["files"] for figures in totals.values())
    over = {
        name: figures["gzip_bytes"]
        for name, figures in totals.items()
        if figures["gzip_bytes"] > BUDGET_BYTES
    }
    assert over == {}
