"""StreamField blocks for the body of articles, campaigns and standard pages.

Each block has a template, an icon, a description and (where it can have one
without database content) a preview value, so editors see what they pick.
"""

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, help_text="The heading's words, kept short.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading (h2)"), ("h3", "Subsection heading (h3)")],
        default="h2",
        help_text="Use h2 for sections and h3 inside them; the page title is the only h1.",
    )

    class Meta:
        icon = "title"
        template = "pages/blocks/heading_block.html"
        description = "A heading that starts a section; it also appears in screen readers' heading lists."
        preview_value = {"text": "Short animation", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(help_text="Alt text is required unless the image is marked decorative.")
    caption = blocks.CharBlock(required=False, max_length=250, help_text="Shown under the image.")

    class Meta:
        icon = "image"
        template = "pages/blocks/image_block.html"
        description = "An image with alt text and an optional caption."


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text="The words quoted, without quotation marks.")
    attribution = blocks.CharBlock(required=False, max_length=200, help_text="Who said it.")

    class Meta:
        icon = "openquote"
        template = "pages/blocks/quote_block.html"
        description = "A quotation with the name of who said it."
        preview_value = {
            "quote": "Knowledge goes out of date more quickly than many people realise.",
            "attribution": "Child protection experts",
        }


class CaptionedEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(help_text="The address of a video, e.g. on YouTube or Vimeo.")
    caption = blocks.CharBlock(required=False, max_length=250, help_text="Says what the video shows.")

    class Meta:
        icon = "media"
        template = "pages/blocks/embed_block.html"
        description = "A video or other embedded media with a caption."


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        icon="pilcrow",
        template="pages/blocks/paragraph_block.html",
        description="Text with links and lists.",
        preview_value="<p>A short paragraph of text with a <a href='/news/'>link</a>.</p>",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = CaptionedEmbedBlock()
