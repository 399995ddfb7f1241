"""ContactDetails: the one place the address, phone and email live, and their schema.org JSON-LD.

The footer of every page and the contact page render from it, through one cached fragment.
"""

import json
from urllib.parse import quote_plus

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import register_setting
from wagtail.fields import StreamField

from celcis_site.caching.fragments import CachedFragmentSetting

from ..blocks import SocialLinkBlock
from ..phone_numbers import tel_uri


@register_setting(icon="mail")
class ContactDetails(CachedFragmentSetting):
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
    opening_hours = models.CharField(
        max_length=200, blank=True, help_text="When the office answers, e.g. 'Monday to Friday, 9am to 5pm'."
    )
    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text="Where the office is, for the map link, e.g. 55.863200. Leave empty to search by address.",
    )
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, help_text="The organisation's accounts elsewhere."
    )

    fragment_template = "contacts/includes/footer_contact.html"

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
                FieldRowPanel(
                    [
                        FieldPanel("latitude"),
                        FieldPanel("longitude", help_text="With the latitude, places the map link's pin."),
                    ]
                ),
            ],
            heading="Postal address",
        ),
        FieldPanel("phone"),
        FieldPanel(
            "email", help_text="The public enquiries address, shown in the footer. Leave empty to show none."
        ),
        FieldPanel("opening_hours"),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = "contact details"
        verbose_name_plural = "contact details"

    @property
    def phone_href(self):
        """The phone number as a tel: URI in international form (UK numbers)."""
        return tel_uri(self.phone)

    @property
    def street_address(self):
        return ", ".join(part for part in [self.institution, self.building, self.street] if part)

    @property
    def map_url(self):
        """OpenStreetMap at the office: a plain link, so nothing loads from it until it is followed."""
        if self.latitude is not None and self.longitude is not None:
            lat, lon = self.latitude.normalize(), self.longitude.normalize()
            return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}"
        if not self.street:
            return ""
        address = ", ".join(part for part in [self.street, self.city, self.postcode, self.country] if part)
        return f"https://www.openstreetmap.org/search?query={quote_plus(address)}"

    def json_ld(self, root_url=None):
        """schema.org Organization, its PostalAddress and the site's address, as JSON for a data block."""
        organisation = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.organisation_name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.street_address,
                "addressLocality": self.city,
                "postalCode": self.postcode,
                "addressCountry": self.country,
            },
        }
        if root_url:
            organisation["url"] = root_url + "/"
        if self.institution:
            organisation["parentOrganization"] = {"@type": "CollegeOrUniversity", "name": self.institution}
        if self.phone:
            organisation["telephone"] = self.phone_href.removeprefix("tel:")
        if self.email:
            organisation["email"] = self.email
        same_as = [block.value["url"] for block in self.social_links]
        if same_as:
            organisation["sameAs"] = same_as
        return json.dumps(organisation, cls=DjangoJSONEncoder, ensure_ascii=False)
