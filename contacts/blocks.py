"""Blocks for the contacts app: social links, and the help page's situations and services.

A situation ("a child is in immediate danger") lists the services to contact;
each service says its number, when it is open, who it is for and which
nations it covers, so a worried visitor finds the right one at a glance.
"""

from wagtail import blocks

from .phone_numbers import tel_uri

NATIONS = [
    ("scotland", "Scotland"),
    ("england", "England"),
    ("wales", "Wales"),
    ("northern-ireland", "Northern Ireland"),
]


CHILDLINE_PREVIEW = {
    "name": "Childline",
    "phone": "0800 1111",
    "phone_intro": "Call",
    "opening_hours": "See childline.org.uk",
    "who_for": "Children and young people",
    "nations": [value for value, name in NATIONS],
    "details": "Free and confidential.",
}


class SocialLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        max_length=60, help_text="The service's name as people know it, e.g. 'LinkedIn'."
    )
    url = blocks.URLBlock(help_text="The address of the organisation's page on that service.")

    class Meta:
        icon = "link"
        description = "A link to the organisation's account on another site."


class HelpServiceValue(blocks.StructValue):
    def phone_href(self):
        return tel_uri(self["phone"]) if self["phone"] else ""

    def nations_covered(self):
        """'UK-wide' when every nation is ticked, else the nations by name."""
        chosen = self["nations"] or []
        if len(chosen) == len(NATIONS):
            return "UK-wide"
        names = [name for value, name in NATIONS if value in chosen]
        return ", ".join(names)


class HelpServiceBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, help_text="Who to contact, e.g. 'NSPCC helpline'.")
    phone = blocks.CharBlock(
        required=False,
        max_length=30,
        help_text="As people dial it, e.g. '0808 800 5000'. Becomes a tap-to-call link.",
    )
    phone_intro = blocks.CharBlock(
        required=False, max_length=60, default="Call", help_text="The words before the number, e.g. 'Call'."
    )
    opening_hours = blocks.CharBlock(
        max_length=200, help_text="When it answers, e.g. '24 hours a day, every day'."
    )
    who_for = blocks.CharBlock(max_length=200, help_text="Who the service is for.")
    nations = blocks.MultipleChoiceBlock(
        choices=NATIONS, help_text="Where it works. Tick all four for UK-wide."
    )
    details = blocks.TextBlock(
        required=False, help_text="Anything else people should know, e.g. 'Free and confidential.'"
    )
    website = blocks.URLBlock(required=False, help_text="The service's own website, if it has one.")

    class Meta:
        icon = "user"
        value_class = HelpServiceValue
        template = "contacts/blocks/help_service.html"
        description = "A service to contact: its number, hours, who it is for and where it works."
        preview_value = CHILDLINE_PREVIEW


class HelpSituationBlock(blocks.StructBlock):
    situation = blocks.CharBlock(
        max_length=150,
        help_text="The situation, as the visitor would put it, e.g. 'A child is in immediate danger'.",
    )
    urgent = blocks.BooleanBlock(required=False, help_text="Tick for an emergency: the block stands out.")
    services = blocks.ListBlock(HelpServiceBlock(), min_num=1)

    class Meta:
        icon = "warning"
        template = "contacts/blocks/help_situation.html"
        description = "A situation and the services to contact in it."
        preview_value = {
            "situation": "You are a child or young person",
            "urgent": False,
            "services": [CHILDLINE_PREVIEW],
        }


class HelpSituationsBlock(blocks.StreamBlock):
    situation = HelpSituationBlock()

    class Meta:
        min_num = 1
