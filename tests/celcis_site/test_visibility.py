"""A page restricted to signed-in users appears on no public page: not in a listing, related list, feed,
site map, search result, menu or home page block, even when an editor chose it or it was cached before.
"""

import pytest
from wagtail.models import Page, PageViewRestriction, Site

from celcis_site.navigation.models import NavigationSettings
from celcis_site.pages.visibility import is_visible, visible
from celcis_site.seo.models import SitemapPage
from news.models import RelatedArticle
from tests.news.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    NewsArticlePageFactory,
    TopicFactory,
)
from tests.people.factories import PeopleIndexPageFactory, PersonPageFactory

SECRETS = (
    "Secret story",
    "Only for staff: the secret summary",
    "/news/secret-story/",
    "Hidden campaign",
    "Hidden Person",
)


@pytest.fixture
def site_with_secrets(home, news_index):
    """A public article naming, as its related article, one about to be restricted; a campaign likewise."""
    topic = TopicFactory(name="Online safety", slug="online-safety")
    campaigns = CampaignIndexPageFactory(parent=home)
    hidden_campaign = CampaignPageFactory(
        parent=campaigns, title="Hidden campaign", slug="hidden", hashtag=""
    )
    CampaignPageFactory(parent=campaigns, title="Open campaign", slug="open", hashtag="")
    secret = NewsArticlePageFactory(
        parent=news_index,
        title="Secret story",
        slug="secret-story",
        introduction="Only for staff: the secret summary",
        campaign=hidden_campaign,
    )
    public = NewsArticlePageFactory(
        parent=news_index, title="Public story", slug="public-story", campaign=hidden_campaign
    )
    for article in (secret, public):
        article.topics.add(topic)
        article.save_revision().publish()
    RelatedArticle.objects.create(article=public, related=secret)
    people = PeopleIndexPageFactory(parent=home)
    hidden_person = PersonPageFactory(parent=people, title="Hidden Person", slug="hidden-person")
    author = PersonPageFactory(parent=people, title="Open Author", slug="open-author")
    secret.authors.add(author)
    secret.save_revision().publish()
    home.add_child(instance=SitemapPage(title="Sitemap", slug="sitemap", introduction="Every section."))
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    navigation.primary_links = [("link", {"page": secret, "label": ""})]
    navigation.save()
    return {"secret": secret, "hidden_campaign": hidden_campaign, "hidden_person": hidden_person}


PUBLIC_PAGES = [
    "/",
    "/news/",
    "/news/?topic=online-safety",
    "/news/public-story/",
    "/news/feed/",
    "/news/feed/atom/",
    "/campaigns/",
    "/campaigns/open/",
    "/people/",
    "/people/open-author/",
    "/sitemap.xml",
    "/sitemap/",
    "/search/?q=secret",
    "/search/?q=hidden",
]


def test_a_restricted_page_appears_on_no_public_page_even_once_cached(site_with_secrets, client):
    before = {url: client.get(url).content.decode() for url in PUBLIC_PAGES}
    # The test can see a leak: before the restriction, the secrets show.
    assert "Secret story" in before["/news/public-story/"]
    assert "Secret story" in before["/people/open-author/"]
    assert "Hidden Person" in before["/people/"]

    for page in site_with_secrets.values():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    for url in PUBLIC_PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        shown = response.content.decode()
        assert not [secret for secret in SECRETS if secret in shown], url
    assert "Public story" in client.get("/news/").content.decode()


def test_lifting_the_restriction_brings_the_page_back(site_with_secrets, client):
    restriction = PageViewRestriction.objects.create(
        page=site_with_secrets["secret"], restriction_type=PageViewRestriction.LOGIN
    )
    assert "Secret story" not in client.get("/news/").content.decode()

    restriction.delete()

    assert "Secret story" in client.get("/news/").content.decode()


def test_a_page_below_a_restricted_section_is_not_visible(site_with_secrets, news_index):
    PageViewRestriction.objects.create(
        page=news_index, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    secret = Page.objects.get(pk=site_with_secrets["secret"].pk)
    assert not is_visible(secret)
    assert not visible(Page.objects.filter(pk=secret.pk)).exists()
    assert visible(Page.objects.filter(slug="open")).exists()
