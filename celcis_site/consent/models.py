"""What cookies the site sets, the policy version, each visitor's recorded choice, and the /cookies/ page.

Administrators edit the categories and their cookies (snippets) and the policy
version (a setting); the middleware, the banner and the cookie tables on the
cookies page are all generated from them, so the policy cannot drift from
what the site does.
"""

from functools import cached_property

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.cache import patch_cache_control
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from celcis_site.pages.blocks import BodyBlock
from celcis_site.pages.models import AbstractLegalPage, ContentsEntry

from .state import consent_for

# Slugs appear in the consent cookie ("3.analytics.preferences|…"), so no dots or bars.
category_slug_validator = RegexValidator(
    r"^[a-z][a-z0-9_-]*$", "Lower-case letters, digits, hyphens and underscores, starting with a letter."
)


@register_setting(icon="doc-full")
class CookiePolicy(BaseGenericSetting):
    """The policy version: raising it makes every earlier choice outdated, so visitors are asked again."""

    version = models.PositiveIntegerField(
        default=1,
        help_text="Raise this when the cookies change (for example a new category or a new analytics "
        "tool): every visitor is asked again. It cannot go down.",
    )
    changes = models.TextField(
        blank=True,
        verbose_name="what changed",
        help_text="What changed in this version, in plain words; shown on the cookies page.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [FieldPanel("version"), FieldPanel("changes")]

    class Meta:
        verbose_name = "cookie policy"
        verbose_name_plural = "cookie policy"

    def clean(self):
        super().clean()
        if self.pk:
            stored = type(self).objects.filter(pk=self.pk).values_list("version", flat=True).first()
            if stored is not None and self.version < stored:
                raise ValidationError(
                    {"version": f"The version cannot go down (it is {stored}); raise it to ask again."}
                )


class CookieCategory(index.Indexed, ClusterableModel):
    """A group of cookies a visitor accepts or refuses together; essential ones are always on."""

    slug = models.SlugField(
        max_length=40,
        unique=True,
        validators=[category_slug_validator],
        help_text="A short code used in the consent cookie and records, e.g. 'analytics'. "
        "Changing it forgets earlier choices for this category. Videos from other websites load "
        "only for visitors who accepted the category 'video'.",
    )
    name = models.CharField(max_length=60, help_text="As visitors read it, e.g. 'Analytics'.")
    description = models.TextField(
        help_text="What these cookies do for the visitor or for us, in plain words; shown on the "
        "cookies page and in the banner."
    )
    essential = models.BooleanField(
        default=False,
        help_text="Essential cookies are always on and cannot be refused. Use only for what the site "
        "cannot work without.",
    )
    sort_order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("essential"),
        FieldPanel("sort_order"),
        InlinePanel("cookies", heading="Cookies in this category", label="Cookie"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["-essential", "sort_order", "name"]
        verbose_name = "cookie category"
        verbose_name_plural = "cookie categories"

    def __str__(self):
        return self.name


class Cookie(Orderable):
    """One cookie the site sets, as the cookies page lists it."""

    category = ParentalKey(CookieCategory, on_delete=models.CASCADE, related_name="cookies")
    name = models.CharField(
        max_length=100,
        help_text="The cookie's exact name; end it with * for a family of names, e.g. '_ga_*'.",
    )
    purpose = models.CharField(max_length=300, help_text="What it is used for.")
    set_by = models.CharField(max_length=100, default="CELCIS", help_text="Who sets it.")
    lifetime = models.CharField(max_length=100, help_text="How long it lasts, e.g. '1 year', 'session'.")
    policy_url = models.URLField(
        blank=True,
        verbose_name="policy address",
        help_text="For a cookie another company sets (e.g. a video player's): the address of its privacy "
        "or cookie policy, linked from the cookies page. Leave empty for CELCIS's own cookies.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("purpose"),
        FieldPanel("set_by"),
        FieldPanel("lifetime"),
        FieldPanel("policy_url"),
    ]

    def __str__(self):
        return self.name


class ConsentRecord(models.Model):
    """One decision by one browser: enough to prove what was agreed, when, and under which policy.

    No IP address, user agent or page address: the random consent id (also in
    the visitor's consent cookie) is the only link to a browser.
    """

    class Source(models.TextChoices):
        BANNER = "banner", "Cookie banner"
        COOKIES_PAGE = "cookies-page", "Cookies page"
        VIDEO_PLACEHOLDER = "video-placeholder", "Video placeholder (Always load videos)"

    consent_id = models.CharField(max_length=32, db_index=True)
    choices = models.JSONField(help_text="Each optional category's answer: true for yes, false for no.")
    policy_version = models.PositiveIntegerField()
    source = models.CharField(max_length=20, choices=Source.choices)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        permissions = [("view_consent_report", "Can view the cookie consent report and export")]

    def __str__(self):
        return f"{self.consent_id} at {self.created_at:%Y-%m-%d %H:%M}"


class CookiesPage(AbstractLegalPage):
    """/cookies/: a legal page (last updated, contents) with the cookie tables and the settings form."""

    # The generated tables say most of it, so the text before them may stay empty.
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Text shown before the cookie tables, which are generated from the cookie categories. "
        "Each section heading (h2) is listed in the contents at the top of the page.",
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "consent/cookies_page.html"

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The page shows the visitor's own consent id: no shared cache may keep it.
        patch_cache_control(response, private=True, no_store=True)
        return response

    @cached_property
    def cookie_categories(self):
        return list(CookieCategory.objects.prefetch_related("cookies"))

    def generated_contents(self):
        """The contents also list the generated sections, with the anchors the template gives them."""
        entries = [
            ContentsEntry(f"cookie-category-{category.slug}", f"{category.name} cookies")
            for category in self.cookie_categories
        ]
        if any(not category.essential for category in self.cookie_categories):
            entries.append(ContentsEntry("cookie-settings-heading", "Change your cookie settings"))
        entries.append(ContentsEntry("cookie-record-heading", "What we record about your choice"))
        return entries

    def get_context(self, request, *args, **kwargs):
        consent = consent_for(request)
        context = super().get_context(request, *args, **kwargs)
        context["cookie_categories"] = self.cookie_categories
        context["settings_choices"] = [
            (category, consent.allows(category.slug)) for category in consent.catalogue.optional
        ]
        context["consent_id"] = consent.consent_id
        context["policy"] = CookiePolicy.objects.first()
        context["saved"] = request.GET.get("cookie-choice") == "saved" and consent.decided
        return context
