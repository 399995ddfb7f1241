"""The demo site's simple pages: title, slug, introduction and body paragraphs.

Pages that later get their own page type (legal pages) start as standard
pages with honest, short text; the contact and help pages have their own
(see help_and_contact.py).
"""

PRIVACY_NOTICE = {
    "slug": "privacy-notice",
    "title": "Privacy notice",
    "introduction": "How CELCIS uses the information you give us through this website.",
    "paragraphs": [
        "<p>The University of Strathclyde, which hosts CELCIS, is the data controller for "
        "information collected through this website.</p>",
        "<p>We use what you send us only to answer you, and we never sell it.</p>",
    ],
}

ACCESSIBILITY = {
    "slug": "accessibility",
    "title": "Accessibility statement",
    "introduction": "CELCIS wants as many people as possible to be able to use this website.",
    "paragraphs": [
        "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.</p>",
        "<p>If you find a problem, tell us through the contact page and we will reply within "
        "five working days.</p>",
    ],
}

SITEMAP = {
    "slug": "sitemap",
    "title": "Sitemap",
    "introduction": "The main sections of this website.",
    "paragraphs": [
        '<p><a href="/news/">News</a></p>',
        '<p><a href="/worried-about-a-child/">Worried about a child?</a></p>',
        '<p><a href="/contact/">Contact us</a></p>',
    ],
}

STANDARD_PAGES = [PRIVACY_NOTICE, ACCESSIBILITY, SITEMAP]
