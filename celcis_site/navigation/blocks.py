"""Menu links: a page of the site (label optional), or another website's address (label required)."""

from wagtail import blocks


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(help_text="The page on this site the link goes to.")
    label = blocks.CharBlock(required=False, max_length=60, help_text="Leave empty to use the page's title.")

    class Meta:
        icon = "link"
        description = "A link to a page of this site."


class ExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(help_text="The full address of another website, e.g. https://www.strath.ac.uk/.")
    label = blocks.CharBlock(max_length=60, help_text="The link's words, e.g. 'University of Strathclyde'.")

    class Meta:
        icon = "link-external"
        description = "A link to another website, e.g. the University or a partner."
