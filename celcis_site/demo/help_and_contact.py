"""The demo's contact page, "who to talk to" page and quick-exit explanation.

The services and numbers are the ones in PRODUCT.md. Opening hours that the
product facts do not give are not guessed: those services point to their own
websites for them.
"""

from celcis_site.pages.models import StandardPage
from contacts.models import DEFAULT_CONTACT_FORM_FIELDS, ContactFormField, ContactPage, HelpPage, HelpSettings

UK_WIDE = ["scotland", "england", "wales", "northern-ireland"]

HELP_PAGE = {
    "slug": "worried-about-a-child",
    "title": "Worried about a child? Find out who to talk to",
    "introduction": (
        "If you are worried about a child, help is available. Find your situation below. "
        "You don't have to give your name."
    ),
}

HELP_SITUATIONS = [
    {
        "situation": "A child is in immediate danger",
        "urgent": True,
        "services": [
            {
                "name": "Police",
                "phone": "999",
                "phone_intro": "Call",
                "opening_hours": "24 hours a day, every day",
                "who_for": "Anyone who thinks a child is in danger right now",
                "nations": UK_WIDE,
                "details": "If you cannot speak, stay on the line and follow what the operator says.",
                "website": "",
            }
        ],
    },
    {
        "situation": "You are worried but it is not an emergency",
        "urgent": False,
        "services": [
            {
                "name": "Police non-emergency number",
                "phone": "101",
                "phone_intro": "Call",
                "opening_hours": "24 hours a day, every day",
                "who_for": "Anyone with a concern about a child that is not an emergency",
                "nations": UK_WIDE,
                "details": "",
                "website": "",
            },
            {
                "name": "Social work department of the council where the child lives",
                "phone": "",
                "phone_intro": "",
                "opening_hours": "Office hours; out of hours, the council's emergency social work service",
                "who_for": "Anyone with a concern about a child in that council's area",
                "nations": ["scotland"],
                "details": "The council's website gives the number to call.",
                "website": "https://www.mygov.scot/find-your-local-council",
            },
        ],
    },
    {
        "situation": "You want advice",
        "urgent": False,
        "services": [
            {
                "name": "NSPCC helpline",
                "phone": "0808 800 5000",
                "phone_intro": "Call",
                "opening_hours": "Opening hours are on the NSPCC website",
                "who_for": "Adults worried about a child",
                "nations": UK_WIDE,
                "details": "",
                "website": "https://www.nspcc.org.uk/keeping-children-safe/our-services/nspcc-helpline/",
            },
            {
                "name": "ParentLine Scotland",
                "phone": "08000 28 22 33",
                "phone_intro": "Call",
                "opening_hours": "Opening hours are on the ParentLine Scotland website",
                "who_for": "Parents, carers and anyone caring for a child",
                "nations": ["scotland"],
                "details": "",
                "website": "https://www.children1st.org.uk/help-for-families/parentline-scotland/",
            },
        ],
    },
    {
        "situation": "You are a child or young person",
        "urgent": False,
        "services": [
            {
                "name": "Childline",
                "phone": "0800 1111",
                "phone_intro": "Call",
                "opening_hours": "Opening hours are on the Childline website, where you can also talk online",
                "who_for": "Children and young people, about anything",
                "nations": UK_WIDE,
                "details": "Free and confidential, wherever you are in the UK.",
                "website": "https://www.childline.org.uk/",
            }
        ],
    },
]

CONTACT_PAGE = {
    "slug": "contact",
    "title": "Contact us",
    "introduction": "CELCIS is based at the University of Strathclyde in Glasgow.",
    "form_introduction": "<p>Send us a message and we will reply by email.</p>",
    "thank_you_text": "<p>We have your message and will reply within five working days.</p>",
    # A reserved example domain: the demo never mails a real inbox.
    "to_address": "enquiries@celcis.example",
    "subject": "Enquiry from the CELCIS website",
}

QUICK_EXIT_PAGE = {
    "slug": "quick-exit",
    "title": "Leaving this website quickly",
    "introduction": "Some pages on this website have an 'Exit this page' button at the top.",
    "paragraphs": [
        "<p>Select the button, or press the Shift key 3 times, and this website is replaced at once "
        "by the BBC Weather website. Anything this website saved on your device that it is allowed "
        "to remove is removed, and the Back button does not return to the page you were reading.</p>",
        "<p><b>It does not erase your browsing history.</b> Someone using your device could still see "
        "in the history that you visited this website. Other tabs you have open stay open.</p>",
        "<p>To leave no history, browse privately: in Chrome and Edge open an Incognito or InPrivate "
        "window, in Safari a Private window, in Firefox a Private window. You can also delete your "
        "history in your browser's settings.</p>",
        "<p>If you are in danger, call the police on 999.</p>",
    ],
}


def ensure_help_and_contact_pages(ensure_child, home, privacy_notice):
    """The help, contact and quick-exit pages under home, keyed by slug; existing pages are kept."""
    help_page = ensure_child(
        home,
        HelpPage,
        HELP_PAGE["slug"],
        title=HELP_PAGE["title"],
        introduction=HELP_PAGE["introduction"],
        situations=[{"type": "situation", "value": situation} for situation in HELP_SITUATIONS],
    )
    contact_page = ensure_child(
        home,
        ContactPage,
        CONTACT_PAGE["slug"],
        **{key: value for key, value in CONTACT_PAGE.items() if key != "slug"},
        privacy_notice=privacy_notice,
        form_fields=[ContactFormField(**field) for field in DEFAULT_CONTACT_FORM_FIELDS],
    )
    quick_exit_page = ensure_child(
        home,
        StandardPage,
        QUICK_EXIT_PAGE["slug"],
        title=QUICK_EXIT_PAGE["title"],
        introduction=QUICK_EXIT_PAGE["introduction"],
        body=[{"type": "paragraph", "value": "".join(QUICK_EXIT_PAGE["paragraphs"])}],
        is_sensitive=True,
        show_in_menus=False,
    )
    return {page.slug: page for page in [help_page, contact_page, quick_exit_page]}


def ensure_help_settings(site, pages):
    """Point the banner and quick exit at the demo pages, once: a saved setting is an editor's."""
    if HelpSettings.objects.filter(site=site).exists():
        return
    HelpSettings.objects.create(
        site=site,
        banner_page=pages["worried-about-a-child"],
        quick_exit_help_page=pages["quick-exit"],
    )
