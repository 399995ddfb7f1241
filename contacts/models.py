"""Contacts: the organisation's contact details, the contact page, the help page and quick exit.

- ContactDetails: the one place the address, phone and email live; the footer
  of every page and the contact page render from it.
- HelpSettings: the "worried about a child?" banner and the quick-exit button.
- ContactPage: Wagtail's form builder, storing every valid enquiry before the
  notification e-mail is tried, with a honeypot and a per-client rate limit.
- HelpPage: who to talk to, from structured blocks, always with quick exit.

Both settings render a fragment of every page; the rendered HTML is cached per
site (celcis_site.caching.fragments) and cleared when an administrator saves
the setting, so a change shows on every page at once.
"""

import json
import logging
import smtplib
from urllib.parse import quote_plus

from django import forms
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractFormField, EmailFormMixin, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from celcis_site.caching.fragments import CachedFragmentSetting
from celcis_site.pages.blocks import BodyBlock
from celcis_site.pages.forms import BasePageForm
from celcis_site.pages.models import BasePage

from .blocks import HelpSituationsBlock, SocialLinkBlock
from .contact_form import HONEYPOT_FIELD_NAME, PRIVACY_NOTICE_FIELD_TYPE, ContactFormBuilder
from .phone_numbers import tel_uri
from .rate_limit import submission_rate_limit

logger = logging.getLogger(__name__)

# The contract URL of the help page, used until an administrator picks a page.
DEFAULT_HELP_URL = "/worried-about-a-child/"
DEFAULT_NEUTRAL_URL = "https://www.bbc.co.uk/weather"


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

    def json_ld(self, site=None):
        """schema.org Organization with its PostalAddress, as a JSON string for a data block."""
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
        if site is not None:
            organisation["url"] = site.root_url + "/"
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


@register_setting(icon="help")
class HelpSettings(CachedFragmentSetting):
    """The banner on every page that points worried people to help, and the quick-exit button."""

    show_banner = models.BooleanField(default=True, help_text="Untick to hide the banner on every page.")
    banner_question = models.CharField(max_length=150, default="Are you worried about a child?")
    banner_link_text = models.CharField(max_length=150, default="Find out who to talk to")
    banner_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=f"Where the banner's link goes. Empty: {DEFAULT_HELP_URL}",
    )
    neutral_site_url = models.URLField(
        default=DEFAULT_NEUTRAL_URL,
        help_text="Where 'Exit this page' takes the visitor: a common, harmless site.",
    )
    quick_exit_help_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page that explains what quick exit does and does not do.",
    )

    fragment_template = "contacts/includes/help_banner.html"
    select_related = ["quick_exit_help_page"]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("show_banner"),
                FieldPanel("banner_question", help_text="The banner's question, in bold."),
                FieldPanel("banner_link_text", help_text="The words of the banner's link."),
                FieldPanel("banner_page"),
            ],
            heading="'Worried about a child?' banner",
        ),
        MultiFieldPanel(
            [FieldPanel("neutral_site_url"), FieldPanel("quick_exit_help_page")],
            heading="Quick exit",
        ),
    ]

    class Meta:
        verbose_name = "help banner and quick exit"
        verbose_name_plural = "help banner and quick exit"

    @property
    def banner_url(self):
        page = self.banner_page
        if page is not None and page.live:
            return page.get_url() or DEFAULT_HELP_URL
        return DEFAULT_HELP_URL

    @property
    def quick_exit_help_url(self):
        page = self.quick_exit_help_page
        if page is not None and page.live:
            return page.get_url()
        return ""


class ContactPageForm(BasePageForm, WagtailAdminFormPageForm):
    """The form builder's editing form, with the schedule fields explained like every page's."""


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    panels = [
        FieldPanel(
            "label", help_text="The question as visitors read it; it also names the column in exports."
        ),
        FieldPanel("help_text", help_text="A hint under the field, e.g. what the answer is used for."),
        FieldPanel("required", help_text="Visitors cannot send the form without answering."),
        FieldPanel(
            "field_type",
            classname="formbuilder-type",
            required_on_save=True,
            help_text="What kind of answer: a line of text, a message, an e-mail address, a tick…",
        ),
        FieldPanel(
            "choices",
            classname="formbuilder-choices",
            help_text="For drop-downs, radios and checkboxes: one choice per line.",
        ),
        FieldPanel(
            "default_value",
            classname="formbuilder-default",
            help_text="What the field holds before the visitor changes it; usually empty.",
        ),
    ]
    field_type = models.CharField(
        verbose_name="field type",
        max_length=16,
        choices=[
            *FORM_FIELD_CHOICES,
            (PRIVACY_NOTICE_FIELD_TYPE, "Required tick: 'I have read the privacy notice' (links to it)"),
        ],
    )
    field_type.required_on_save = True

    def clean(self):
        super().clean()
        if (self.clean_name or self.get_field_clean_name()) == HONEYPOT_FIELD_NAME:
            raise ValidationError(
                {"label": "This label is reserved for the form's spam trap: choose another."}
            )


# What a new contact page asks for unless an editor changes it.
DEFAULT_CONTACT_FORM_FIELDS = [
    {"label": "Your name", "field_type": "singleline", "required": True},
    {
        "label": "Your email address",
        "field_type": "email",
        "required": True,
        "help_text": "We only use this to reply to you.",
    },
    {"label": "The subject of your message", "field_type": "singleline", "required": True},
    {"label": "Your message", "field_type": "multiline", "required": True},
    {"label": "I have read the privacy notice", "field_type": PRIVACY_NOTICE_FIELD_TYPE, "required": True},
]


class ContactPage(EmailFormMixin, FormMixin, BasePage):
    """/contact/: how to reach CELCIS, and an enquiry form editors can change."""

    introduction = models.TextField(blank=True, help_text="A short summary shown under the title.")
    form_introduction = RichTextField(
        blank=True, features=["bold", "italic", "link"], help_text="Shown above the enquiry form."
    )
    thank_you_text = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Shown after a visitor sends the form: what happens next.",
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The privacy notice the form's required tick links to.",
    )

    form_builder = ContactFormBuilder
    base_form_class = ContactPageForm

    content_panels = [
        *BasePage.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        FieldPanel("form_introduction"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("thank_you_text"),
        FieldPanel("privacy_notice"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("from_address", help_text="The sender of the notification e-mail."),
                        FieldPanel("to_address"),
                    ]
                ),
                FieldPanel("subject", help_text="The notification e-mail's subject line."),
            ],
            heading="Notification e-mail",
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "contact page"

    def get_submissions_list_view_class(self):
        # The admin's CSV export of enquiries, with formula cells neutralised; imported
        # here because Wagtail's form views need the models loaded.
        from celcis_site.security.form_exports import NeutralisedSubmissionsListView

        return NeutralisedSubmissionsListView

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["honeypot_field_name"] = HONEYPOT_FIELD_NAME
        return context

    def serve(self, request, *args, **kwargs):
        response = self._serve_form(request, *args, **kwargs)
        # Every answer carries a per-visitor CSRF token or message: never for a shared cache.
        add_never_cache_headers(response)
        return response

    def _serve_form(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)

        # Counted before anything is stored: submissions sent at once cannot all slip under the limit.
        rate_limit = submission_rate_limit(request)
        if not rate_limit.take():
            response = self._render_refusal(
                request, "contacts/contact_page_rate_limited.html", status=429, rate_limit=rate_limit
            )
            response["Retry-After"] = str(rate_limit.window_seconds)
            return response

        if request.POST.get(HONEYPOT_FIELD_NAME):
            # A person never sees this field; only software fills it in.
            logger.info("Contact form: the hidden field was filled in; the submission was not stored.")
            return self._render_refusal(request, "contacts/contact_page_refused.html", status=400)

        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if not form.is_valid():
            rate_limit.give_back()
            context = self.get_context(request, *args, **kwargs)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context, status=400)

        submission = self.process_form_submission(form)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def _render_refusal(self, request, template, status, **extra_context):
        context = {**self.get_context(request), **extra_context}
        return TemplateResponse(request, template, context, status=status)

    def send_mail(self, form):
        """E-mail the enquiry; a mail server that is down is logged, never shown to the visitor.

        By the time this runs the submission is stored (EmailFormMixin stores,
        then sends), so a failure here loses nothing.
        """
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        visitor_address = self._submitted_email_address(form)
        try:
            send_mail(
                self.subject or f"Enquiry from the {self.get_site().site_name or 'CELCIS'} website",
                self.render_email(form),
                addresses,
                self.from_address,
                reply_to=[visitor_address] if visitor_address else None,
            )
        except (smtplib.SMTPException, OSError):
            logger.exception(
                "Contact form: the notification e-mail to %s could not be sent; "
                "the submission is stored and can be read in the admin.",
                self.to_address,
            )

    @staticmethod
    def _submitted_email_address(form):
        """The visitor's own address, so that staff can answer with Reply."""
        for name, field in form.fields.items():
            if isinstance(field, forms.EmailField) and form.cleaned_data.get(name):
                return form.cleaned_data[name]
        return None


class HelpPage(BasePage):
    """/worried-about-a-child/: who to talk to, situation by situation. Quick exit is always on."""

    introduction = models.TextField(
        blank=True, help_text="Reassure first: e.g. 'You don't have to give your name.'"
    )
    situations = StreamField(
        HelpSituationsBlock(),
        help_text="One block for each situation, most urgent first, with the services to contact.",
    )
    body = StreamField(BodyBlock(), blank=True, help_text="Anything else, after the services.")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("situations"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("situations"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "help page (who to talk to)"

    @property
    def shows_quick_exit(self):
        return True
