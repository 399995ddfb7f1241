"""Factories for people: teams, the /people/ index and person pages."""

import factory
import wagtail_factories

from people.models import PeopleIndexPage, PersonLink, PersonPage, Team


class TeamFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Team {n}")
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Team
        django_get_or_create = ("name",)


class PeopleIndexPageFactory(wagtail_factories.PageFactory):
    title = "People"
    slug = "people"

    class Meta:
        model = PeopleIndexPage


class PersonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Alex Person{n}")
    family_name = factory.LazyAttribute(lambda person: person.title.split()[-1])
    role = "Research Associate"
    biography = "<p>Works on research about children's care.</p>"

    class Meta:
        model = PersonPage


class PersonLinkFactory(factory.django.DjangoModelFactory):
    person = factory.SubFactory(PersonPageFactory)
    label = "University profile"
    url = "https://www.strath.ac.uk/staff/"

    class Meta:
        model = PersonLink
