"""The demo's cookie policy: the categories and cookies this site really sets, and the /cookies/ page text.

Used by `load_demo_content` (and by the tests, so they check the same list).
Nothing that exists is changed: administrators own these once created.
"""

import datetime

from django.conf import settings

from celcis_site.pages.embeds import THIRD_PARTY_VIDEO_CATEGORY

from .catalogue import CONSENT_COOKIE_NAME
from .models import Cookie, CookieCategory, CookiePolicy

COOKIES_PAGE = {
    "slug": "cookies",
    "title": "Cookies",
    "introduction": "Cookies are small files saved on your device when you visit a website.",
    "last_updated": datetime.date(2026, 11, 28),
    "body": [
        {"type": "heading", "value": {"text": "How we use cookies", "level": "h2"}},
        {
            "type": "paragraph",
            "value": "<p>This website sets only the cookies it needs to work unless you agree to more. "
            "You can change your choice at any time at the bottom of this page.</p>"
            "<p>We do not use cookies for advertising, and no cookie we set tells us who you are.</p>",
        },
        {
            "type": "paragraph",
            "value": "<p>Videos from YouTube and Vimeo are shown first as a picture with a link to watch "
            "them on those websites. Their players, and with them their cookies, load only if you load "
            "a video or accept video cookies. Loading one video records nothing; accepting video cookies "
            "is recorded like any other choice.</p>",
        },
        {
            "type": "paragraph",
            "value": "<p>Signing up for our weekly email sets no cookie. We keep a record of what you agreed "
            "to (the words next to the button and their version, the form you used, your topics, when you "
            'signed up and when you confirmed), not your IP address: see our <a href="/privacy-notice/">'
            "privacy notice</a>.</p>",
        },
        {"type": "heading", "value": {"text": "Cookies and your browser", "level": "h2"}},
        {
            "type": "paragraph",
            "value": "<p>You can also delete cookies or block them in your browser's settings. If you block "
            "essential cookies, your cookie choice cannot be remembered and this website will ask again.</p>",
        },
    ],
}


YOUTUBE = ("YouTube (Google)", "https://policies.google.com/technologies/cookies?hl=en-GB")
VIMEO = ("Vimeo", "https://vimeo.com/cookie_policy")


def video_category():
    """Videos from other websites: the players set their companies' own cookies, so they wait for a yes.

    Also used by the consent migration that adds this category to sites made before it existed.
    """
    return {
        "slug": THIRD_PARTY_VIDEO_CATEGORY,
        "name": "Video",
        "essential": False,
        "sort_order": 30,
        "description": "Videos from YouTube and Vimeo play on our pages only if you agree: their players "
        "set YouTube's and Vimeo's own cookies and tell them what you watch. Until then each video "
        "shows a picture and a link to watch it on their website.",
        "cookies": [
            ("VISITOR_INFO1_LIVE", "Set by YouTube's player to estimate your connection speed.", "6 months")
            + YOUTUBE,
            ("YSC", "Set by YouTube's player to count views and remember your settings.", "Session")
            + YOUTUBE,
            ("VISITOR_PRIVACY_METADATA", "Set by YouTube's player to store your cookie choices.", "6 months")
            + YOUTUBE,
            ("vuid", "Set by Vimeo's player to count views; we ask it not to track you (dnt=1).", "2 years")
            + VIMEO,
            ("__cf_bm", "Set by Vimeo's network provider to tell people from robots.", "30 minutes") + VIMEO,
        ],
    }


def demo_categories():
    return [
        {
            "slug": "essential",
            "name": "Essential",
            "essential": True,
            "sort_order": 0,
            "description": "Essential cookies keep the website secure and remember your cookie choice.",
            "cookies": [
                (CONSENT_COOKIE_NAME, "Remembers your cookie choice and its consent id.", "1 year"),
                (settings.SESSION_COOKIE_NAME, "Keeps staff signed in to the editing area.", "2 weeks"),
                (settings.CSRF_COOKIE_NAME, "Protects forms from being sent by other websites.", "1 year"),
                ("messages", "Shows a message after an action, such as saving a page.", "Session"),
            ],
        },
        {
            "slug": "analytics",
            "name": "Analytics",
            "essential": False,
            "sort_order": 10,
            "description": "Analytics cookies tell us how you use the website, so we can improve it.",
            "cookies": [
                (
                    "celcis_analytics",
                    "A random number that lets us count visits without knowing who you are.",
                    "1 year",
                ),
            ],
        },
        {
            "slug": "preferences",
            "name": "Preferences",
            "essential": False,
            "sort_order": 20,
            "description": "Preferences cookies remember settings you choose, so you need not choose again.",
            "cookies": [
                ("celcis_preferences", "Remembers settings you chose on this website.", "1 year"),
            ],
        },
        video_category(),
    ]


def ensure_cookie_policy():
    """The policy setting and the demo categories with their cookies, if missing; returns what it made."""
    created = []
    if not CookiePolicy.objects.exists():
        CookiePolicy.objects.create(version=1, changes="First version of the cookie policy.")
        created.append("cookie policy version 1")
    for spec in demo_categories():
        if CookieCategory.objects.filter(slug=spec["slug"]).exists():
            continue
        category = CookieCategory(
            slug=spec["slug"],
            name=spec["name"],
            essential=spec["essential"],
            sort_order=spec["sort_order"],
            description=spec["description"],
        )
        category.cookies = [_cookie(*cookie) for cookie in spec["cookies"]]
        category.save()
        created.append(f"cookie category {spec['name']}")
    return created


def _cookie(name, purpose, lifetime, set_by="CELCIS", policy_url=""):
    return Cookie(name=name, purpose=purpose, lifetime=lifetime, set_by=set_by, policy_url=policy_url)
