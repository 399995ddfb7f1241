"""Factories for the contacts app's pages: the contact page with its default form, and the help page."""

import factory
import wagtail_factories

from contacts.models import DEFAULT_CONTACT_FORM_FIELDS, ContactFormField, ContactPage, HelpPage

CHILDLINE = {
    "name": "Childline",
    "phone": "0800 1111",
    "phone_intro": "Call",
    "opening_hours": "Any time",
    "who_for": "Children and young people",
    "nations": ["scotland", "england", "wales", "northern-ireland"],
    "details": "Free and confidential.",
    "website": "",
}


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact us"
    slug = "contact"
    introduction = "How to reach CELCIS."
    thank_you_text = "<p>We will reply within five working days.</p>"
    to_address = "enquiries@celcis.example"
    from_address = "website@celcis.example"
    subject = "Website enquiry"
    form_fields = factory.LazyFunction(
        lambda: [ContactFormField(**field) for field in DEFAULT_CONTACT_FORM_FIELDS]
    )

    class Meta:
        model = ContactPage


class HelpPageFactory(wagtail_factories.PageFactory):
    title = "Worried about a child?"
    slug = "worried-about-a-child"
    introduction = "You don't have to give your name."
    situations = factory.LazyFunction(
        lambda: [
            {
                "type": "situation",
                "value": {
                    "situation": "You are a child or young person",
                    "urgent": False,
                    "services": [CHILDLINE],
                },
            }
        ]
    )

    class Meta:
        model = HelpPage
