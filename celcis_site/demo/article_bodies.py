"""The demo articles' bodies: a few sections each, with headings, as a real newsroom's would have.

Keyed by the article's slug (see news_content.ARTICLES); each body is a list
of (heading, [paragraph html, …]) sections, built into StreamField data by
`legal_content.body`.
"""

HELP_LINK = (
    '<p>If you are worried about a child, <a href="/worried-about-a-child/">find out who to talk to</a>. '
    "You don't have to give your name.</p>"
)

BODIES = {
    "talking-to-children-about-live-streaming": [
        (
            "Start with what they enjoy",
            [
                "<p>Children are more likely to open up when the conversation starts with the apps and "
                "streamers they like, not with a warning. Ask them to show you, and be curious.</p>",
                "<p>Younger children may not know the difference between a friend and someone they have "
                "only met online. Older children often know the risks but worry they will lose their phone "
                "if they tell you something went wrong.</p>",
            ],
        ),
        (
            "Agree what happens if something worries them",
            [
                "<p>Make a plan together: who they can tell, how to block and report, and a promise that "
                "telling you will not get them into trouble. Come back to it every few months.</p>",
            ],
        ),
    ],
    "new-resources-for-practitioners-on-online-harm": [
        (
            "What practitioners asked for",
            [
                "<p>Over the summer we spoke to more than 80 social workers, teachers and foster carers. "
                "Most said guidance on online harm was spread across too many places and went out of date "
                "quickly.</p>",
            ],
        ),
        (
            "What the collection includes",
            [
                "<p>The collection brings together short briefings on grooming, image sharing and live "
                "streaming, conversation prompts for working with children, and a checklist for reviewing "
                "a service's own policies.</p>",
                "<p>Each resource names its sources and the date it was last checked, and we will review "
                "the whole collection every six months.</p>",
            ],
        ),
    ],
    "listening-to-care-experienced-young-people": [
        (
            "What young people told us",
            [
                "<p>Young people spoke about the adults who stayed: a teacher who noticed, a carer who "
                "kept in touch after they moved on, a worker who explained decisions instead of "
                "announcing them.</p>",
                "<p>They also told us what did not help, from meetings held about them without them to "
                "records written in language they could not recognise.</p>",
            ],
        ),
        (
            "What happens next",
            [
                "<p>Their words are now part of the guidance we are writing with three local authorities, "
                "and young people will review every draft before it is published.</p>",
            ],
        ),
    ],
    "research-round-up-child-protection-in-a-digital-world": [
        (
            "Where the evidence is strong",
            [
                "<p>Studies agree that online and offline risks are connected: children who are vulnerable "
                "offline are more likely to be harmed online, and harm online rarely stays there.</p>",
            ],
        ),
        (
            "The questions that remain",
            [
                "<p>We know much less about what helps children recover, and about how services can share "
                "information across borders when an offender is in another country.</p>",
                "<p>We set out where new research could make the biggest difference to practice.</p>",
            ],
        ),
    ],
    "supporting-children-who-have-experienced-exploitation": [
        (
            "The first conversation",
            [
                "<p>Children who have been exploited often do not see themselves as victims. The first "
                "adult they talk to can shape whether they ask for help again.</p>",
            ],
        ),
        (
            "Working together",
            [
                "<p>Police, health, education and social work each hold part of the picture. Services that "
                "meet regularly and agree one plan for each child see better outcomes.</p>",
                "<p>Recovery takes time, and support that ends when a court case closes ends too soon.</p>",
            ],
        ),
    ],
    "what-the-evidence-says-about-kinship-care": [
        (
            "Who kinship carers are",
            [
                "<p>Most kinship carers are grandparents, and many took on the care of a child suddenly, "
                "without time to plan for the money, space or support they would need.</p>",
            ],
        ),
        (
            "What helps",
            [
                "<p>Research points to practical help early on, advice about legal options, and support "
                "for the child's relationships with their parents where that is safe.</p>",
            ],
        ),
    ],
    "a-decade-of-online-safety-advice": [
        (
            "What has changed",
            [
                "<p>Ten years ago advice focused on computers in shared rooms. Today children carry the "
                "internet in their pocket, and the apps they use change every year.</p>",
            ],
        ),
        (
            "What has not",
            [
                "<p>The advice that protects children most has hardly changed: keep talking, show an "
                "interest, and make sure they know they can tell you anything without losing their "
                "phone.</p>",
            ],
        ),
    ],
    "learning-from-case-reviews": [
        (
            "Themes that come up again and again",
            [
                "<p>Reviews often find that each service held a worrying piece of information, but nobody "
                "put the pieces together, and that the child's own voice was missing from the record.</p>",
            ],
        ),
        (
            "How practice is changing",
            [
                "<p>Services are testing shared chronologies, clearer routes for raising concerns, and "
                "time set aside for practitioners to reflect on complex cases together.</p>",
            ],
        ),
    ],
    "staying-connected-with-brothers-and-sisters-in-care": [
        (
            "Why it matters",
            [
                "<p>Brothers and sisters are often the longest relationships in a person's life. For "
                "children in care they can be the one constant through many moves.</p>",
            ],
        ),
        (
            "What the guidance asks of services",
            [
                "<p>Where brothers and sisters cannot live together, plans should say how they will stay "
                "in touch, and children should be asked what contact they want.</p>",
            ],
        ),
    ],
    "practitioners-on-recognising-neglect": [
        (
            "Small signs, over time",
            [
                "<p>Neglect rarely shows itself in a single incident. Practitioners told us that the signs "
                "are often small: a child who is always hungry, missed appointments, a home that is never "
                "warm.</p>",
            ],
        ),
        (
            "Keeping the child in view",
            [
                "<p>Tools that record concerns over time help practitioners see a pattern that any one "
                "visit would miss, and keep the focus on what daily life is like for the child.</p>",
            ],
        ),
    ],
    "young-people-shape-online-safety-resources": [
        (
            "Written with young people",
            [
                "<p>Eight young people with experience of care met over six months to plan, write and test "
                "the resources. They chose the topics and rewrote anything that sounded like a lecture.</p>",
            ],
        ),
        (
            "What is in them",
            [
                "<p>Short guides on privacy settings, sharing images and what to do if someone online asks "
                "for something that feels wrong, with space for carers to talk them through together.</p>",
            ],
        ),
    ],
    "annual-lecture-on-childrens-rights": [
        (
            "A lecture and a conversation",
            [
                "<p>This year's lecture asks what it will take for children's rights to shape every "
                "decision made about children in care, now that they are part of Scots law.</p>",
                "<p>After the lecture, young people with experience of care will put their questions to "
                "the speaker and to a panel of leaders from across children's services.</p>",
            ],
        ),
        (
            "How to join",
            [
                "<p>The lecture is free, in person in Glasgow and online. A recording and a transcript will "
                "be published afterwards for everyone who cannot attend.</p>",
            ],
        ),
    ],
    "new-network-for-residential-child-care-staff": [
        (
            "Why a network",
            [
                "<p>Staff in residential child care told us they rarely meet colleagues from other "
                "houses, even when they face the same questions every week.</p>",
            ],
        ),
        (
            "What members can expect",
            [
                "<p>Online meetings every two months, a shared space for questions between meetings, and "
                "an annual day together in Glasgow. Membership is free.</p>",
            ],
        ),
    ],
    "winter-advice-for-foster-and-kinship-carers": [
        (
            "Help with costs",
            [
                "<p>Rising bills hit carers hard. We have gathered the allowances and grants carers in "
                "Scotland can claim, and how to ask for a review of what they receive.</p>",
            ],
        ),
        (
            "Looking after yourself",
            [
                "<p>The winter holidays can be a hard time for children in care. Carers told us what helps "
                "them keep going, from peer support groups to a plan for the difficult days.</p>",
            ],
        ),
    ],
    "online-safety-briefing-for-schools": [
        (
            "What the briefing covers",
            [
                "<p>A short briefing for school staff on the online risks children report most often this "
                "year, and on how to respond when a child tells you something has happened.</p>",
            ],
        ),
        (
            "Using it in your school",
            [
                "<p>The briefing comes with slides for a twenty-minute staff session and a one-page summary "
                "for parents and carers.</p>",
            ],
        ),
    ],
}


def body_sections(slug):
    """The sections of the article with this slug, the help link closing the last one."""
    sections = [(heading, list(paragraphs)) for heading, paragraphs in BODIES[slug]]
    sections[-1][1].append(HELP_LINK)
    return sections
