"""Team (a snippet), PeopleIndexPage (/people/, by team, A to Z) and PersonPage (/people/<slug>/)."""

from itertools import groupby

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from celcis_site.pages.child_routing import ChildRoutingInOneQuery
from celcis_site.pages.models import BasePage
from celcis_site.pages.visibility import visible

from .orcid import ORCID_URL, normalise_orcid, validate_orcid

# Keep in step with the {% image %} tags in templates/people/.
PHOTO_SPECS = ("fill-160x160", "fill-320x320")
# Lists on a person's page: the newest few, never the whole archive.
LISTED_WORK_COUNT = 10


@register_snippet
class Team(models.Model):
    name = models.CharField(max_length=100, unique=True, help_text="As visitors see it, e.g. 'Research'.")
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Teams are listed on /people/ from the lowest number; equal numbers go A to Z."
    )

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


def with_photos(people):
    """People with their photos and the photos' renditions: two queries for the whole list."""
    images = get_image_model().objects.prefetch_renditions(*PHOTO_SPECS)
    return people.prefetch_related(models.Prefetch("photo", queryset=images))


class PersonPage(BasePage):
    family_name = models.CharField(
        max_length=100, help_text="The surname, for A to Z order and reference managers, e.g. 'McGhee'."
    )
    role = models.CharField(max_length=200, help_text="Their job title, e.g. 'Senior Research Associate'.")
    team = models.ForeignKey(
        Team,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text="The team they are listed under on /people/; leave empty for authors outside a team.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A head-and-shoulders photo, at least 320 pixels square.",
    )
    photo_alt_text = models.CharField(
        max_length=250,
        blank=True,
        help_text="Describes the photo for people who cannot see it, e.g. 'Jane Smith smiling, outdoors'.",
    )
    biography = RichTextField(
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text="A few paragraphs on their work and background.",
    )
    expertise = ParentalManyToManyField(
        "news.Topic", blank=True, related_name="experts", help_text="Their areas of expertise."
    )
    orcid = models.CharField(
        "ORCID iD",
        max_length=40,
        blank=True,
        validators=[validate_orcid],
        help_text="e.g. 0000-0002-1825-0097 (or the orcid.org address); checked for typing mistakes.",
    )
    email = models.EmailField(
        "public e-mail",
        blank=True,
        help_text="Shown on the page for visitors to write to; leave empty to show none.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("family_name"),
        FieldPanel("role"),
        FieldPanel("team"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt_text")], heading="Photo"),
        FieldPanel("biography"),
        FieldPanel("expertise", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("orcid"),
                FieldPanel("email"),
                InlinePanel("links", label="Link", help_text="Their profiles elsewhere, e.g. Strathclyde's."),
            ],
            heading="Contact and links",
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("role"),
        index.SearchField("biography"),
        index.FilterField("family_name"),
    ]
    parent_page_types = ["people.PeopleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "person"
        verbose_name_plural = "people"

    def clean(self):
        super().clean()
        if self.orcid:
            self.orcid = normalise_orcid(self.orcid)
        if self.photo_id and not self.photo_alt_text.strip():
            raise ValidationError({"photo_alt_text": "Describe the photo for people who cannot see it."})

    @property
    def description(self):
        return self.search_description or self.role

    @property
    def orcid_url(self):
        return ORCID_URL + self.orcid if self.orcid else ""

    def news_articles_by(self):
        """Live, public news naming this person as an author, newest first."""
        return visible(self.news_articles.all()).defer_streamfields().order_by("-publication_date", "-pk")

    def resources_by(self):
        """Live, public Knowledge Bank resources they wrote, newest first (none until that app is there)."""
        authorships = getattr(self, "resource_authorships", None)
        if authorships is None:
            return []
        # By its label, as a foreign key names a model: the Knowledge Bank builds on people, not back.
        resources = apps.get_model("knowledge_bank", "ResourcePage").objects
        return resources.listed().filter(pk__in=authorships.values("resource_id"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: only the page's cached parts (templates/people/person_page.html) read them, so a page
        # whose parts are cached asks the database nothing for them.
        context["expertise"] = SimpleLazyObject(lambda: list(self.expertise.all()))
        context["links"] = SimpleLazyObject(lambda: list(self.links.all()))
        context["resources"] = SimpleLazyObject(lambda: list(self.resources_by()[:LISTED_WORK_COUNT]))
        context["news_articles"] = SimpleLazyObject(lambda: list(self.news_articles_by()[:LISTED_WORK_COUNT]))
        context["people_index_url"] = SimpleLazyObject(lambda: self.parent_url(request))
        return context


class PersonLink(Orderable):
    person = ParentalKey(PersonPage, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(
        max_length=100, help_text="What the link is, e.g. 'University of Strathclyde profile'."
    )
    url = models.URLField("address", help_text="The page's full address, starting https://.")

    panels = [FieldPanel("label"), FieldPanel("url")]


class PeopleIndexPage(ChildRoutingInOneQuery, BasePage):
    child_not_found = "No one has that address."
    introduction = models.TextField(blank=True, help_text="Shown above the list of people.")

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["people.PersonPage"]
    max_count = 1

    class Meta:
        verbose_name = "people index"

    def people(self):
        return with_photos(
            visible(PersonPage.objects.child_of(self))
            .select_related("team")
            .order_by("team__sort_order", "team__name", "family_name", "title")
        )

    def teams(self):
        """[(team or None, [people A to Z])], teams in their set order, people without a team last."""
        people = sorted(self.people(), key=lambda person: person.team is None)
        return [(team, list(members)) for team, members in groupby(people, key=lambda person: person.team)]

    def routed_children(self):
        return PersonPage.objects.child_of(self).select_related("team", "social_image", "photo")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: read only when the list's cached part (templates/people/people_index_page.html) is rendered.
        context["teams"] = SimpleLazyObject(self.teams)
        return context
