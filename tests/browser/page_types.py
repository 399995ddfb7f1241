"""One address for each page type of the demo site, shared by the accessibility, HTML and budget checks.

Pages are named by URL, the public contract, not by model, so the checks keep
working when a page changes type (the legal pages, the sitemap).
"""

SEED_ARTICLE = "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"

PAGE_TYPES = {
    "home": "/",
    "news index, filtered": "/news/?topic=online-safety&year=2017",
    "news index, page 2": "/news/?page=2",
    "article": SEED_ARTICLE,
    "campaign index": "/campaigns/",
    "campaign": "/campaigns/whoissam/",
    "contact": "/contact/",
    "help": "/worried-about-a-child/",
    "privacy notice": "/privacy-notice/",
    "cookies": "/cookies/",
    "accessibility statement": "/accessibility/",
    "sitemap": "/sitemap/",
    "quick exit": "/quick-exit/",
    "search results": "/search/?q=campaign",
    "people index": "/people/",
    "person": "/people/ewan-fraser/",
    "mailing list": "/newsletter/",
    "page not found": "/no-such-page/",
}


def show_contact_form_errors(page, base_url):
    """Send the contact form empty, so that the error summary and field errors show."""
    page.goto(base_url + "/contact/")
    page.get_by_role("button", name="Send message").click()
    page.get_by_role("heading", name="There is a problem").wait_for()
