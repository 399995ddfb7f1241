"""The demo site's simple pages: title, slug, introduction and body paragraphs.

Pages that later get their own page type (contact, help, the cookies page) start
as standard pages with honest, short text. The privacy notice and accessibility
statement are legal pages (legal_content.py); /sitemap/ is generated from the tree.
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

COOKIES = {
    "slug": "cookies",
    "title": "Cookies",
    "introduction": "Cookies are small files saved on your device when you visit a website.",
    "paragraphs": [
        "<p>This website sets only the cookies it needs to work unless you agree to more.</p>",
    ],
}

STANDARD_PAGES = [WORRIED_ABOUT_A_CHILD, CONTACT, COOKIES]
