"""NavigationSettings: the main menu and footer links administrators edit."""

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from .blocks import ExternalLinkBlock, PageLinkBlock

# Either kind of link, in either menu.
LINK_BLOCKS = [("link", PageLinkBlock()), ("external_link", ExternalLinkBlock())]


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    primary_links = StreamField(
        LINK_BLOCKS,
        blank=True,
        help_text="The main menu in the header, in order: pages here or other websites.",
    )
    footer_links = StreamField(
        LINK_BLOCKS,
        blank=True,
        help_text="Links in the footer: sitemap, accessibility, cookies, privacy notice, and other websites "
        "such as the University. Social media links come from the contact details.",
    )

    panels = [FieldPanel("primary_links"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = "navigation"
