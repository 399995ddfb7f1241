"""NavigationSettings: the main menu and footer links administrators edit."""

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from .blocks import PageLinkBlock


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    primary_links = StreamField(
        [("link", PageLinkBlock())], blank=True, help_text="The main menu in the header, in order."
    )
    footer_links = StreamField(
        [("link", PageLinkBlock())],
        blank=True,
        help_text="Links in the footer: sitemap, accessibility, cookies, privacy notice.",
    )

    panels = [FieldPanel("primary_links"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = "navigation"
