"""Alt text for listing and preview images: a description, or marked decorative on purpose.

Wagtail uses an image's description as its alt text. The image form
(`image_form.py`) asks for one or a "decorative" tick, kept as the image's
`decorative` tag. Pages check the images they show in listings and link
previews (`check_listing_images`, called by BasePageForm): one without a
description must have been marked decorative, as the body's image block asks.
"""

DECORATIVE_TAG = "decorative"
DESCRIPTION_LABEL = "Description (alt text)"
DESCRIPTION_HELP = (
    "Read aloud by screen readers and shown when the image cannot load: say what the image shows "
    "that matters, in a sentence, e.g. 'Two young people talking with a support worker'. "
    "Don't start with 'Image of'."
)
# Page fields whose image appears in listings or link previews.
LISTING_IMAGE_FIELDS = ("listing_image", "social_image", "hero_image")


def is_decorative(image):
    return image.tags.filter(name=DECORATIVE_TAG).exists()


def check_listing_images(form):
    """On a page form: each listing or preview image has a description or was marked decorative."""
    for name in LISTING_IMAGE_FIELDS:
        image = form.cleaned_data.get(name) if name in form.fields else None
        if image is not None and not image.description and not is_decorative(image):
            form.add_error(
                name,
                f"“{image.title}” has no description (alt text). Add one in Images, "
                "or mark it decorative there if it needs none.",
            )
