"""The image library's form (WAGTAILIMAGES_IMAGE_FORM_BASE): "Description" is the alt text, and says so.

An image needs a description or an explicit "decorative" tick, kept as the
image's `decorative` tag (see image_alt_text.py for where that counts).
"""

from django import forms
from wagtail.images.forms import BaseImageForm

from .image_alt_text import DECORATIVE_TAG, DESCRIPTION_HELP, DESCRIPTION_LABEL, is_decorative


class ImageForm(BaseImageForm):
    decorative = forms.BooleanField(
        required=False,
        label="Decorative: no description needed",
        help_text="Tick only if the image tells someone who cannot see it nothing they need "
        "(a pattern, a mood picture). It is then shown with empty alt text.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" not in self.fields:
            # A partial form (e.g. the first step of a multiple upload) asks later.
            del self.fields["decorative"]
            return
        self.fields["description"].label = DESCRIPTION_LABEL
        self.fields["description"].help_text = DESCRIPTION_HELP
        if self.instance.pk:
            self.fields["decorative"].initial = is_decorative(self.instance)

    def clean(self):
        cleaned_data = super().clean()
        if (
            "description" in self.fields
            and not cleaned_data.get("description")
            and not cleaned_data.get("decorative")
        ):
            self.add_error(
                "description",
                "Describe the image for people who cannot see it, or tick 'Decorative' if it needs none.",
            )
        return cleaned_data

    def save(self, commit=True):
        image = super().save(commit=commit)
        if commit and "decorative" in self.fields:
            if self.cleaned_data["decorative"]:
                image.tags.add(DECORATIVE_TAG)
            else:
                image.tags.remove(DECORATIVE_TAG)
        return image
