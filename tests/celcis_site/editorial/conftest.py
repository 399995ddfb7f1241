"""Fixtures for the editorial tests: the site's sections, staff in each role, and admin form data."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from celcis_site.editorial.roles import ROLE_GROUPS
from tests.celcis_site.factories import LegalPageFactory
from tests.news.factories import CampaignIndexPageFactory, TopicFactory

PASSWORD = "a-long-test-password"


@pytest.fixture
def sections(home, news_index):
    """Home, /news/, /campaigns/ and the privacy notice, as the demo site has them."""
    return {
        "home": home,
        "news": news_index,
        "campaigns": CampaignIndexPageFactory(parent=home),
        "privacy": LegalPageFactory(parent=home),
    }


@pytest.fixture
def make_staff(db):
    """make_staff("editor") → a user in that role's group, with an email address."""

    def make(role, username=None):
        username = username or role
        user = get_user_model().objects.create_user(
            username, email=f"{username}@celcis.example", password=PASSWORD
        )
        user.groups.add(Group.objects.get(name=ROLE_GROUPS[role]))
        return user

    return make


@pytest.fixture
def topic(db):
    return TopicFactory(name="Online safety", slug="online-safety")


def article_form(title, slug, *, topics=(), **extra):
    """The POST data of the admin's news article form."""
    data = {
        "title": title,
        "slug": slug,
        "publication_date": "",
        "introduction": f"{title}: the summary.",
        "body": streamfield([("paragraph", rich_text("<p>What happened, in detail.</p>"))]),
        "campaign": "",
        "listing_image": "",
        "related_article_links": inline_formset([]),
        "comments": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(extra)
    form = nested_form_data(data)
    # A plain list: nested_form_data would number it like a stream.
    form["topics"] = [topic.pk for topic in topics]
    return form
