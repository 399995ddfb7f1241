"""ContactDetails: the one place the organisation's address, phone and email live."""

from django.core.cache import cache
from django.db import models, transaction
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# Every page's footer shows the contact details; they change rarely, and saving drops the copy.
CACHE_TIMEOUT = 60 * 60


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
        FieldPanel("organisation_name"),
        MultiFieldPanel(
            [
                FieldPanel("institution"),
                FieldPanel("building"),
                FieldPanel("street"),
                FieldPanel("city"),
                FieldPanel("postcode"),
                FieldPanel("country"),
            ],
            heading="Postal address",
        ),
        FieldPanel("phone"),
        FieldPanel("email"),
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

    @classmethod
    def cache_key(cls, site_id):
        return f"contacts:contact-details:{site_id}"

    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        details = cache.get(cls.cache_key(site.pk))
        if details is None:
            details = super().for_site(site)
            cache.set(cls.cache_key(site.pk), details, CACHE_TIMEOUT)
        return details

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # At once, and again after the commit: a request served in between
        # could have cached the details it read before the commit.
        cache.delete(self.cache_key(self.site_id))
        transaction.on_commit(lambda: cache.delete(self.cache_key(self.site_id)))
