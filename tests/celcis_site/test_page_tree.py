"""The page tree is exactly the page map (PRODUCT.md): which page type may sit under which.

PAGE_MAP is the spec, one row per page type: the types it may be created
under. A new page type adds its row (a new area: its index under HOME, its
pages under the index); `test_every_page_type_has_a_row` fails until it does,
and the other tests fail if the models' parent_page_types / subpage_types
say anything else. Checked with Wagtail's own page test helpers.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from celcis_site.consent.models import CookiesPage
from celcis_site.home.models import HomePage

ROOT = "wagtailcore.Page"
HOME = "home.HomePage"

# Page type: the page types it may be created under.
PAGE_MAP = {
    HOME: {ROOT},
    "pages.StandardPage": {HOME, "pages.StandardPage"},
    "pages.LegalPage": {HOME},
    "consent.CookiesPage": {HOME},
    "seo.SitemapPage": {HOME},
    "contacts.ContactPage": {HOME},
    "contacts.HelpPage": {HOME},
    "news.NewsIndexPage": {HOME},
    "news.NewsArticlePage": {"news.NewsIndexPage"},
    "news.CampaignIndexPage": {HOME},
    "news.CampaignPage": {"news.CampaignIndexPage"},
    "people.PeopleIndexPage": {HOME},
    "people.PersonPage": {"people.PeopleIndexPage"},
    "events.EventIndexPage": {HOME},
    "events.EventPage": {"events.EventIndexPage"},
    "knowledge_bank.KnowledgeBankPage": {HOME},
    "knowledge_bank.ResourcePage": {"knowledge_bank.KnowledgeBankPage"},
}


def model(label):
    return apps.get_model(label)


def children_in_the_map(parent_label):
    return {label for label, parents in PAGE_MAP.items() if parent_label in parents}


class PageTreeTests(WagtailPageTestCase):
    def test_every_page_type_has_a_row(self):
        installed = {page_model._meta.label for page_model in get_page_models()} - {ROOT}
        assert installed == set(PAGE_MAP), "add the new page type's row to PAGE_MAP (see above)"

    def test_each_page_type_may_be_created_only_under_its_parents_in_the_map(self):
        for label, parents in PAGE_MAP.items():
            with self.subTest(page_type=label):
                self.assertAllowedParentPageTypes(model(label), {model(parent) for parent in parents})
                for parent in parents:
                    self.assertCanCreateAt(model(parent), model(label))

    def test_each_page_type_holds_only_its_children_in_the_map(self):
        for label in PAGE_MAP:
            with self.subTest(page_type=label):
                children = {model(child) for child in children_in_the_map(label)}
                self.assertAllowedSubpageTypes(model(label), children)
                for other in set(PAGE_MAP) - children_in_the_map(label):
                    self.assertCanNotCreateAt(model(label), model(other))


class CookiesPageInTheAdminTests(WagtailPageTestCase):
    """Editors can create the cookies page under Home, not only the demo loader."""

    @classmethod
    def setUpTestData(cls):
        cls.home = Page.get_first_root_node().add_child(instance=HomePage(title="Home", slug="celcis-home"))

    def setUp(self):
        # force_login: django-axes refuses a sign-in that carries no request (WagtailTestUtils.login).
        self.client.force_login(
            get_user_model().objects.create_superuser("admin", "admin@example.org", "long-enough-password")
        )

    def test_home_offers_the_cookies_page_among_its_page_types(self):
        response = self.client.get(f"/admin/pages/{self.home.pk}/add_subpage/")

        self.assertContains(response, "/admin/pages/add/consent/cookiespage/")

    def test_the_cookies_page_is_created_under_home_through_the_admin_add_view(self):
        data = nested_form_data(
            {
                "title": "Cookies",
                "slug": "cookies",
                "introduction": "How this website uses cookies.",
                "last_updated": "2026-11-30",
                "body": streamfield([]),
            }
        )

        self.assertCanCreate(self.home, CookiesPage, data)

        assert CookiesPage.objects.child_of(self.home).live().get().slug == "cookies"
