"""The demo site's legal pages: the privacy notice and the accessibility statement.

The accessibility statement follows the sections of the GDS model statement
(target: WCAG 2.2 AA). The privacy notice describes what this site really
keeps: enquiries from the contact form, stored and emailed to staff,
cookie consent records (a random id, the choices, the policy version and the
time; no IP address), what videos from other websites do once allowed, and
the mailing list's addresses and records of consent.
Each body is a list of (heading, paragraphs) sections.
"""

import datetime

LAST_UPDATED = datetime.date(2026, 12, 1)


def body(sections):
    """StreamField data for a list of (heading, [paragraph html, …]) sections."""
    blocks = []
    for heading, paragraphs in sections:
        blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
        blocks.append({"type": "paragraph", "value": "".join(paragraphs)})
    return blocks


PRIVACY_NOTICE = {
    "slug": "privacy-notice",
    "title": "Privacy notice",
    "introduction": "What this website keeps about you, why, for how long, and the rights you have.",
    "sections": [
        (
            "Who we are",
            [
                "<p>CELCIS, the Centre for Excellence for Children's Care and Protection, is hosted by the "
                "University of Strathclyde. The University of Strathclyde is the data controller for "
                "information collected through this website.</p>",
            ],
        ),
        (
            "When you send us an enquiry",
            [
                '<p>When you use the form on our <a href="/contact/">contact page</a>, we keep what you '
                "type into it (your name, your email address and your message) and the time you sent it. "
                "The message is stored in the website's database and emailed to CELCIS staff so that "
                "someone can answer you.</p>",
                "<p>We use it only to reply to you and deal with what you asked. We do not add you to a "
                "mailing list. Staff delete enquiries once they no longer need them to deal with your "
                "request.</p>",
                "<p>Please do not use the form to report that a child is in danger: see "
                '<a href="/worried-about-a-child/">who to talk to</a> instead.</p>',
            ],
        ),
        (
            "When you choose which cookies to allow",
            [
                "<p>When you accept or reject optional cookies, we keep a record of your choice so that we "
                "can show what you agreed to and when, as the UK GDPR requires. The record holds a random "
                "consent ID (also kept in a cookie on your device), the choice you made for each kind of "
                "cookie, the version of our cookie policy you saw, and the date and time.</p>",
                "<p>It does not hold your name, your IP address or the pages you visited, so it does not "
                'identify you on its own. Read more on our <a href="/cookies/">cookies page</a>, where '
                "you can change your choice at any time.</p>",
            ],
        ),
        (
            "When you sign up for our weekly email",
            [
                "<p>If you sign up for our mailing list (in the footer of every page or on "
                '<a href="/newsletter/">its own page</a>), we keep your email address, your name if you '
                "gave it, and the topics you chose. We first send you an email with a link to confirm; "
                "until you follow it, we send nothing else, and if you do not follow it within 7 days we "
                "delete what you gave us.</p>",
                "<p>To show what you agreed to, as the UK GDPR requires, we keep a record of each step: "
                "the words shown next to the button and their version, which form you used, the topics, "
                "when you signed up and when you confirmed, and each later change of topics or "
                "unsubscribe, each as a new record. We do not keep your IP address or details of your "
                "browser.</p>",
                "<p>We use your address only to send the weekly email of new articles and events in "
                "your topics. Every email has a link to change your topics and a link to unsubscribe "
                "with one click. Staff can delete everything we hold about your address if you ask "
                'through the <a href="/contact/">contact page</a>.</p>',
            ],
        ),
        (
            "Videos from YouTube and Vimeo",
            [
                "<p>Some pages show videos that YouTube (Google) or Vimeo host. Until you agree, each "
                "video is a picture kept on our own website with a link to watch it on theirs: your "
                "browser does not contact YouTube or Vimeo. If you load a video, or accept video cookies "
                'on the banner, on the video or on our <a href="/cookies/">cookies page</a>, their '
                "player loads and they may set cookies and learn what you watch, under their own "
                "privacy policies. We use YouTube's privacy-enhanced mode and ask Vimeo not to track "
                "you. Loading one video records nothing; choosing to always load videos is recorded "
                "like any other cookie choice.</p>",
            ],
        ),
        (
            "Technical logs",
            [
                "<p>Like most websites, our servers log each request (the page asked for, the time and "
                "the address of the computer that asked) to keep the service working and secure.</p>",
            ],
        ),
        (
            "Who we share it with",
            [
                "<p>Nobody outside the University of Strathclyde, except the companies that host the "
                "website and deliver its email for us, under contract. We never sell your information.</p>",
            ],
        ),
        (
            "Your rights",
            [
                "<p>You can ask to see the information we hold about you, to have it corrected or deleted, "
                'or to object to how we use it. Contact us through the <a href="/contact/">contact '
                "page</a>.</p>",
                "<p>If you are unhappy with how we have used your information, you can complain to the "
                "Information Commissioner's Office (ICO): "
                '<a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a>, '
                "telephone 0303 123 1113.</p>",
            ],
        ),
        (
            "Changes to this notice",
            [
                "<p>We update this notice when what the website keeps changes. The date at the top says "
                "when it last changed.</p>",
            ],
        ),
    ],
}

ACCESSIBILITY = {
    "slug": "accessibility",
    "title": "Accessibility statement",
    "introduction": "This accessibility statement applies to the CELCIS website.",
    "sections": [
        (
            "Using this website",
            [
                "<p>This website is run by CELCIS at the University of Strathclyde. We want as many "
                "people as possible to be able to use it. For example, that means you should be able "
                "to:</p>",
                "<ul><li>change colours, contrast levels and fonts using your browser or device "
                "settings</li><li>zoom in up to 400% without the text spilling off the screen</li>"
                "<li>navigate the whole website using just a keyboard</li><li>navigate most of the "
                "website using speech recognition software</li><li>listen to the website using a "
                "screen reader</li><li>use the website without JavaScript</li></ul>",
                "<p>We've also made the text as simple as possible to understand.</p>",
                '<p><a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making '
                "your device easier to use if you have a disability.</p>",
            ],
        ),
        (
            "How accessible this website is",
            [
                "<p>We know some parts of this website are not fully accessible:</p>",
                "<ul><li>videos embedded from other services, such as the #WhoIsSam animation, may "
                "not have captions; where we have a transcript it is shown under the video</li>"
                "<li>some documents we link to on other organisations' websites are PDFs that may "
                "not work well with screen readers</li></ul>",
            ],
        ),
        (
            "Feedback and contact information",
            [
                "<p>If you need information on this website in a different format, such as accessible "
                "PDF, large print, easy read, audio recording or braille, contact us through the "
                '<a href="/contact/">contact page</a> or call 0141 444 8500.</p>',
                "<p>We'll consider your request and get back to you within 5 working days.</p>",
            ],
        ),
        (
            "Reporting accessibility problems with this website",
            [
                "<p>We're always looking to improve the accessibility of this website. If you find a "
                "problem not listed on this page, or think we're not meeting accessibility "
                'requirements, tell us through the <a href="/contact/">contact page</a>.</p>',
            ],
        ),
        (
            "Enforcement procedure",
            [
                "<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the "
                "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility "
                "Regulations 2018 (the 'accessibility regulations'). If you're not happy with how we "
                "respond to your complaint, contact the "
                '<a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support '
                "Service (EASS)</a>.</p>",
            ],
        ),
        (
            "Technical information about this website's accessibility",
            [
                "<p>CELCIS is committed to making its website accessible, in accordance with the "
                "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility "
                "Regulations 2018.</p>",
            ],
        ),
        (
            "Compliance status",
            [
                "<p>This website is partially compliant with the "
                '<a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines '
                "version 2.2</a> AA standard, due to the non-compliances listed below.</p>",
            ],
        ),
        (
            "Non-accessible content",
            [
                "<p>The content listed below is non-accessible for the following reasons.</p>",
                "<p><b>Non-compliance with the accessibility regulations.</b> Videos embedded from "
                "other services may not have captions (WCAG 2.2 success criterion 1.2.2, captions "
                "(prerecorded)). Where we know of a transcript or captioned version we link to it "
                "under the video.</p>",
                "<p><b>Content that's not within the scope of the accessibility regulations.</b> "
                "PDFs and other documents published before 23 September 2018 are exempt if they are "
                "not essential to providing our services. Live video is exempt.</p>",
            ],
        ),
        (
            "What we're doing to improve accessibility",
            [
                "<p>Every change to the website is checked automatically for accessibility problems "
                "with axe-core, and editors see Wagtail's accessibility checks while they write. We "
                "ask the organisations whose videos we embed for captioned versions.</p>",
            ],
        ),
        (
            "Preparation of this accessibility statement",
            [
                "<p>This statement was prepared on 28 November 2026. It was last reviewed on "
                "28 November 2026.</p>",
                "<p>This website was last tested on 28 November 2026 against the WCAG 2.2 AA "
                "standard. The test was carried out by the website's developers, with automated "
                "checks (axe-core) on every page type and manual checks with a keyboard and "
                "without JavaScript.</p>",
            ],
        ),
    ],
}

LEGAL_PAGES = [PRIVACY_NOTICE, ACCESSIBILITY]
