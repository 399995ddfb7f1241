"""axe-core checks for the browser tests, at the WCAG 2.2 A and AA rules (axe-playwright-python ships axe)."""

from axe_playwright_python.sync_playwright import Axe

WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WCAG_AA = {"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}}


def assert_no_axe_violations(page, artifacts_dir, name, *, context=None, options=WCAG_AA):
    """Run axe on the page, or the part `context` selects, and fail with axe's report on a violation.

    A failing page is also saved as a screenshot.
    `options=None` runs every rule axe has, best practices included.
    """
    results = Axe().run(page, context=context, options=options)
    if results.violations_count:
        page.screenshot(path=artifacts_dir / f"{name}.png", full_page=True)
    assert results.violations_count == 0, results.generate_report()
