"""A link to a page of the site, with an optional label."""

from wagtail import blocks


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock()
    label = blocks.CharBlock(required=False, max_length=60, help_text="Leave empty to use the page's title.")

    class Meta:
        icon = "link"
        description = "A link to a page of this site."
