"""ContactDetails: the one place the organisation's address, phone and email live."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class ContactDetails(BaseSiteSetting):
    organisation_name = models.CharField(max_length=200, default="CELCIS")
    building = models.CharField(
        max_length=200, blank=True, help_text="Building and floor, e.g. 'Curran Building, Level 6'."
    )
    institution = models.CharField(
        max_length=200, blank=True, help_text="The host institution, e.g. 'University of Strathclyde'."
    )
    street = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    postcode = models.CharField(max_length=20, blank=True)
    country = models.CharField(max_length=100, blank=True, default="United Kingdom")
    phone = models.CharField(max_length=30, blank=True, help_text="As people dial it, e.g. '0141 444 8500'.")
    email = models.EmailField(blank=True)

    panels = [
        FieldPanel(
            "organisation_name", help_text="Shown in the footer, the page titles and the copyright line."
        ),
        MultiFieldPanel(
            [
                FieldPanel("institution"),
                FieldPanel("building"),
                FieldPanel("street", help_text="Number and street, e.g. '94 Cathedral St'."),
                FieldPanel("city", help_text="The town or city, e.g. 'Glasgow'."),
                FieldPanel("postcode", help_text="As Royal Mail writes it, e.g. 'G4 0LG'."),
                FieldPanel("country", help_text="Part of the postal address; the footer does not show it."),
            ],
            heading="Postal address",
        ),
        FieldPanel("phone"),
        FieldPanel(
            "email", help_text="The public enquiries address, shown in the footer. Leave empty to show none."
        ),
    ]

    class Meta:
        verbose_name = "contact details"
        verbose_name_plural = "contact details"

    @property
    def phone_href(self):
        """The phone number as a tel: URI in international form (UK numbers)."""
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        if digits.startswith("0"):
            digits = "+44" + digits[1:]
        return f"tel:{digits}"
