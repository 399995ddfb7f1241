"""ContactPage (/contact/): Wagtail's form builder, storing every valid enquiry before the e-mail is tried.

A honeypot field and a per-client rate limit keep spam out; the notification
e-mail is sent after the enquiry is stored, so a mail failure loses nothing.
"""

import logging
import smtplib

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractFormField, EmailFormMixin, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from celcis_site.pages.form_builder import HONEYPOT_FIELD_NAME, PRIVACY_NOTICE_FIELD_TYPE, ContactFormBuilder
from celcis_site.pages.forms import BasePageForm
from celcis_site.pages.models import BasePage
from celcis_site.security.rate_limit import submission_rate_limit

from .submissions import ContactSubmission, email_value, notification_subject

logger = logging.getLogger(__name__)


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

    def get_submission_class(self):
        return ContactSubmission

    def render_email(self, form):
        """Wagtail's "Label: value" lines, with ticks as Yes/No, as the admin shows them."""
        return "\n".join(
            f"{field.label}: {email_value(form.cleaned_data[field.name])}"
            for field in form
            if field.name in form.cleaned_data
        )

    def send_mail(self, form):
        """E-mail the enquiry; a mail server that is down is logged, never shown to the visitor.

        By the time this runs the submission is stored (EmailFormMixin stores,
        then sends), so a failure here loses nothing.
        """
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        visitor_address = self._submitted_email_address(form)
        try:
            send_mail(
                notification_subject(
                    self.subject or f"Enquiry from the {self.get_site().site_name or 'CELCIS'} website", form
                ),
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
