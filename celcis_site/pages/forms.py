"""The editing form every page type uses: Wagtail's, with the schedule fields explained."""

from wagtail.admin.forms import WagtailAdminPageForm

from .image_alt_text import check_listing_images

SCHEDULE_HELP_TEXT = {
    "go_live_at": "Publish automatically at this date and time (UK time). "
    "Leave empty to publish when approved.",
    "expire_at": "Unpublish automatically at this date and time (UK time). Leave empty to keep it up.",
}


class BasePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's own fields carry no help text; these say what they do and in which time zone.
        for name, help_text in SCHEDULE_HELP_TEXT.items():
            if name in self.fields:
                self.fields[name].help_text = help_text

    def clean(self):
        cleaned_data = super().clean()
        check_listing_images(self)
        return cleaned_data
