"""HelpSettings: the "worried about a child?" banner on every page and the quick-exit button."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import register_setting

from celcis_site.caching.fragments import CachedFragmentSetting

# The contract URL of the help page, used until an administrator picks a page.
DEFAULT_HELP_URL = "/worried-about-a-child/"
DEFAULT_NEUTRAL_URL = "https://www.bbc.co.uk/weather"


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
