"""StreamField blocks for page bodies: articles, campaigns, events, help, standard and legal pages.

Each block has a template, an icon, a description and (where it can have one
without database content) a preview value, so editors see what they pick.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

from .embeds import ResilientEmbedBlock, fetch_embed, video_for
from .video_thumbnails import copy_thumbnail


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
    """A video from another website, shown as a placeholder until the visitor agrees to its cookies."""

    embed = ResilientEmbedBlock(help_text="The address of a video, e.g. on YouTube or Vimeo.")
    title = blocks.CharBlock(
        max_length=200, help_text="The video's title; shown on the placeholder and as the player's name."
    )
    caption = blocks.CharBlock(required=False, max_length=250, help_text="Says what the video shows.")
    thumbnail = ImageChooserBlock(
        required=False,
        help_text="The picture on the placeholder. Left empty, it is copied from YouTube or Vimeo when you "
        "save (visitors never load it from them); choose another, or empty it after changing the address.",
    )
    transcript = blocks.TextBlock(
        required=False,
        help_text="What is said and shown, in words. Give a transcript here or as a document below: people "
        "who cannot hear or see the video, or who do not want YouTube's or Vimeo's cookies, need it.",
    )
    transcript_document = DocumentChooserBlock(
        required=False,
        help_text="A transcript as a document (e.g. PDF), for people who cannot or will not play the video.",
    )

    class Meta:
        icon = "media"
        template = "pages/blocks/embed_block.html"
        description = (
            "A video from YouTube or Vimeo. Visitors first see a placeholder with its picture, title and "
            "transcript; the player loads only if they agree to the video company's cookies."
        )

    def clean(self, value):
        value = super().clean(value)
        if value["embed"] and not value["thumbnail"]:
            embed = fetch_embed(value["embed"].url, max_width=960)
            value["thumbnail"] = copy_thumbnail(embed, value["title"])
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["video"] = video_for(value, (parent_context or {}).get("request"))
        return context


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=80, help_text="What the visitor will do, e.g. 'Read the report'.")
    page = blocks.PageChooserBlock(required=False, help_text="A page on this site…")
    url = blocks.URLBlock(required=False, help_text="…or the address of another website.")

    class Meta:
        icon = "pick"
        template = "pages/blocks/call_to_action_block.html"
        description = "A prominent link that asks the reader to do one thing."
        preview_value = {"label": "Find out who to talk to", "url": "https://example.org/"}

    def clean(self, value):
        value = super().clean(value)
        if bool(value["page"]) == bool(value["url"]):
            error = ValidationError("Choose a page or enter an address, not both.")
            raise StructBlockValidationError(block_errors={"url": error})
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(help_text="A file from the document library.")
    label = blocks.CharBlock(required=False, max_length=200, help_text="Leave empty to use the title.")

    class Meta:
        icon = "doc-full"
        template = "pages/blocks/document_link_block.html"
        description = "A download link that says the file's type and size."


class KeyFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=100,
        default="Key facts",
        help_text="The box's heading; 'Key facts' unless you need another.",
    )
    facts = blocks.ListBlock(blocks.CharBlock(max_length=250), min_num=1, help_text="One fact per line.")

    class Meta:
        icon = "list-ul"
        template = "pages/blocks/key_facts_block.html"
        description = "A short list of the facts a reader should take away."
        preview_value = {
            "heading": "Key facts",
            "facts": ["245 children safeguarded", "192 people arrested"],
        }


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
    embed = CaptionedEmbedBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    key_facts = KeyFactsBlock()
