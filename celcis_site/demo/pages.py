"""The demo site's simple pages: title, slug, introduction and body paragraphs.

Pages that later get their own page type (contact, help, legal pages) start
as standard pages with honest, short text.
"""

WORRIED_ABOUT_A_CHILD = {
    "slug": "worried-about-a-child",
    "title": "Worried about a child? Find out who to talk to",
    "introduction": "If you are worried about a child, help is available. You don't have to give your name.",
    "paragraphs": [
        "<p><b>A child is in immediate danger:</b> call the police on 999.</p>",
        "<p><b>You are worried but it is not an emergency:</b> call the police on 101, or contact "
        "the social work department of the council where the child lives.</p>",
        "<p><b>You want advice:</b> call the NSPCC helpline on 0808 800 5000 (UK-wide), or "
        "ParentLine Scotland on 08000 28 22 33.</p>",
        "<p><b>You are a child or young person:</b> call Childline on 0800 1111. It is free and "
        "confidential, wherever you are in the UK.</p>",
    ],
}

CONTACT = {
    "slug": "contact",
    "title": "Contact us",
    "introduction": "CELCIS is based at the University of Strathclyde in Glasgow.",
    "paragraphs": [
        "<p>University of Strathclyde, Curran Building, Level 6, 94 Cathedral St, Glasgow G4 0LG.</p>",
        "<p>Phone 0141 444 8500.</p>",
    ],
}

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

STANDARD_PAGES = [WORRIED_ABOUT_A_CHILD, CONTACT, PRIVACY_NOTICE, ACCESSIBILITY, SITEMAP]
