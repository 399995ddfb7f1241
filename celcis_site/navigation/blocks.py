"""A link to a page of the site, with an optional label."""

from wagtail import blocks


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(help_text="The page on this site the link goes to.")
    label = blocks.CharBlock(required=False, max_length=60, help_text="Leave empty to use the page's title.")

    class Meta:
        icon = "link"
        description = "A link to a page of this site."
