"""App configuration for people: its editorial section."""

from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = "People"

    # Page types whose subtrees editors work in, under moderation (celcis_site/editorial/sections.py).
    editorial_sections = ("people.PeopleIndexPage",)
