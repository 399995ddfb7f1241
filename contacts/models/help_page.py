"""HelpPage (/worried-about-a-child/): who to talk to, situation by situation, always with quick exit."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from celcis_site.pages.blocks import BodyBlock
from celcis_site.pages.models import BasePage

from ..blocks import HelpSituationsBlock


class HelpPage(BasePage):
    """/worried-about-a-child/: who to talk to, situation by situation. Quick exit is always on."""

    introduction = models.TextField(
        blank=True, help_text="Reassure first: e.g. 'You don't have to give your name.'"
    )
    situations = StreamField(
        HelpSituationsBlock(),
        help_text="One block for each situation, most urgent first, with the services to contact.",
    )
    body = StreamField(BodyBlock(), blank=True, help_text="Anything else, after the services.")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("situations"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("situations"),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "help page (who to talk to)"

    @property
    def shows_quick_exit(self):
        return True
