"""The one article kept from the old site (5 December 2017), as Wagtail field values.

The text is the old page's, with the council's name spelt as the council
spells it ("National Police Chiefs' Council").
"""

import datetime

SLUG = "new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders"
TITLE = "New campaign tackles increased threat of live streaming by online sex offenders"
PUBLICATION_DATE = datetime.date(2017, 12, 5)
# The old site named the report without linking to a copy we can vouch for;
# this is its publisher's home page, which editors can point at the report itself.
DIGITAL_CHILDHOOD_REPORT_URL = "https://5rightsfoundation.com/"

INTRODUCTION = (
    "A new campaign, launched today by the National Crime Agency UK and the National "
    "Police Chiefs' Council, highlights the increased use of live streaming by online sex "
    "offenders and stresses the urgent need to educate children about the risks associated "
    "with this new threat."
)


def body(banner_image_id):
    """The article's StreamField body after the introduction."""
    return [
        {
            "type": "paragraph",
            "value": (
                "<p>During a recent week of intensification to tackle child sexual exploitation "
                "and abuse, police and National Crime Agency operations across the UK safeguarded "
                "245 children and arrested 192 people, 18 of whom were in a position of trust. "
                "30% of those cases involved some of the highest harm offences including live "
                "streaming, blackmail and grooming.</p>"
                "<p>The National Crime Agency recently conducted a survey: 84% of parent "
                "respondents said they were alert to the potential dangers their children face "
                "online. Child protection experts are warning that knowledge goes out-of-date more "
                "quickly than many people realise because the online environment is now changing "
                "so quickly.</p>"
                "<p>The survey also showed that while the majority of parents speak to their "
                "children regularly, over 30% had not spoken to their children about online "
                "safety in the last month. Almost 58% are not sure if they have adequate online "
                "security.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Short animation", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>A short and powerful animation narrated by the fictional Sam, an adult who "
                "goes online to abuse children, has been released along with the hashtag "
                "#WhoIsSam to show how offenders attempt to build relationships with young "
                "people online.</p>"
            ),
        },
        {
            "type": "image",
            "value": {
                "image": {
                    "image": banner_image_id,
                    "decorative": False,
                    "alt_text": "The campaign hashtag #WhoIsSam in white on a purple and blue background.",
                },
                "caption": "The campaign asks parents and carers: who is Sam?",
            },
        },
        {"type": "heading", "value": {"text": "Digital Childhood report", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Coinciding with the campaign, a "
                f'<a href="{DIGITAL_CHILDHOOD_REPORT_URL}">Digital Childhood report</a> led by '
                "the University of Southampton provides guidance for concerns and makes "
                "recommendations for specific age groups.</p>"
                "<p>Further details on child sexual exploitation including useful resources and "
                'organisations are available on our website: <a href="/worried-about-a-child/">'
                "find out who to talk to</a>.</p>"
            ),
        },
    ]
