"""Every row of the invalidation table, walked: each change shows on the very next request.

The table is celcis_site/caching/table.py plus each app's `cache_triggers`.
Each (row, event) pair has one scenario below: warm the page until it is
served from the page cache, change the model the row names, and see the
change. A row without a scenario fails `test_every_row_of_the_table_has_a_scenario`,
so a new trigger cannot land untested.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.handlers.wsgi import WSGIHandler
from django.template.backends.django import get_installed_libraries
from django.urls import get_resolver
from wagtail.models import Page, PageViewRestriction, Site

from celcis_site.caching.table import all_triggers
from celcis_site.caching.triggers import DELETED, MOVED, SAVED
from celcis_site.caching.versioned import REGISTRY
from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.models import Cookie, CookieCategory, CookiePolicy
from celcis_site.navigation.models import NavigationSettings
from celcis_site.pages.models import StandardPage
from contacts.models import ContactDetails, HelpSettings
from knowledge_bank.models import KnowledgeBankPage, ResourcePage, ResourceType
from news.models import NewsArticlePage, NewsIndexPage, PartnerOrganisation, Topic
from tests.celcis_site.consent.conftest import consent_cookie
from tests.celcis_site.page_cache.conftest import cache_state

ARTICLE = "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"
COOKIE_URLS = "tests.celcis_site.consent.cookie_setting_urls"
SCENARIOS = {}


def scenario(row, event):
    def register(function):
        SCENARIOS[(row, event)] = function
        return function

    return register


def warm(client, url):
    """Visit until the page comes from the page cache, so a stale copy would be what is served next."""
    client.get(url)
    response = client.get(url)
    if url != "/cookies/":  # the cookies page is never cached (it holds the settings form)
        assert cache_state(response) == "hit", url
    return response


def text(client, url):
    response = client.get(url)
    return response.status_code, response.content.decode()


def news_count(client):
    soup = BeautifulSoup(client.get("/news/").content, "html.parser")
    return soup.select_one(".result-count").get_text()


def article():
    return Page.objects.get(
        url_path__endswith="/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"
    )


def publish(page):
    page.save_revision().publish()


def new_article(title):
    index = NewsIndexPage.objects.get()
    page = NewsArticlePage(
        title=title, slug="table-article", introduction="Fresh.", publication_date=datetime.date.today()
    )
    index.add_child(instance=page)
    publish(page)
    return page


# Pages: page cache and navigation (breadcrumbs), news listing, help banner target.


@scenario("pages", SAVED)
def renaming_a_section_renames_it_in_the_breadcrumbs_of_pages_below(client, demo):
    warm(client, ARTICLE)
    news = NewsIndexPage.objects.get()
    news.title = "Latest from CELCIS"
    publish(news)
    soup = BeautifulSoup(client.get(ARTICLE).content, "html.parser")
    assert "Latest from CELCIS" in soup.select_one("nav.breadcrumbs, nav[aria-label=Breadcrumb]").get_text()


@scenario("pages", DELETED)
def a_deleted_page_is_gone(client, demo):
    warm(client, ARTICLE)
    article().delete()
    assert text(client, ARTICLE)[0] == 404


@scenario("pages", MOVED)
def a_moved_page_shows_its_new_parent_in_its_breadcrumbs(client, demo):
    quick_exit = Page.objects.get(url_path__endswith="/quick-exit/")
    help_page = Page.objects.get(url_path__endswith="/worried-about-a-child/")
    quick_exit.move(help_page, pos="last-child")
    warm(client, "/worried-about-a-child/quick-exit/")
    quick_exit.refresh_from_db()
    quick_exit.move(Site.objects.get(is_default_site=True).root_page, pos="last-child")
    response = client.get("/worried-about-a-child/quick-exit/")
    assert response.status_code == 301


@scenario("news-pages", SAVED)
def a_published_article_is_counted(client, demo):
    warm(client, "/news/")
    before = news_count(client)
    new_article("Counted at once")
    assert news_count(client) != before


@scenario("news-pages", DELETED)
def a_deleted_article_is_no_longer_counted(client, demo):
    new_article("Soon gone")
    warm(client, "/news/")
    before = news_count(client)
    Page.objects.get(slug="table-article").delete()
    assert news_count(client) != before


@scenario("news-pages", MOVED)
def an_article_moved_out_of_the_news_is_no_longer_counted(client, demo):
    warm(client, "/news/")
    before = news_count(client)
    article().move(Site.objects.get(is_default_site=True).root_page, pos="last-child")
    assert news_count(client) != before


@scenario("news-restrictions", SAVED)
def a_private_article_leaves_the_count(client, demo):
    warm(client, "/news/")
    before = news_count(client)
    PageViewRestriction.objects.create(page=article(), restriction_type=PageViewRestriction.LOGIN)
    assert news_count(client) != before


@scenario("news-restrictions", DELETED)
def a_lifted_restriction_brings_the_article_back(client, demo):
    restriction = PageViewRestriction.objects.create(
        page=article(), restriction_type=PageViewRestriction.LOGIN
    )
    warm(client, "/news/")
    before = news_count(client)
    restriction.delete()
    assert news_count(client) != before


# The Knowledge Bank's counts (its own VersionedCache).


def library_count(client):
    soup = BeautifulSoup(client.get("/knowledge-bank/").content, "html.parser")
    return soup.select_one("#library-count").get_text()


def new_resource(slug):
    """A resource published in the Knowledge Bank (the library made first if the demo has none)."""
    library = KnowledgeBankPage.objects.first()
    if library is None:
        library = KnowledgeBankPage(title="Knowledge Bank", slug="knowledge-bank")
        Site.objects.get(is_default_site=True).root_page.add_child(instance=library)
        publish(library)
    kind, _ = ResourceType.objects.get_or_create(slug="report", defaults={"name": "Report"})
    resource = ResourcePage(title=slug, slug=slug, resource_type=kind, published_year=2020, summary="Fresh.")
    library.add_child(instance=resource)
    publish(resource)
    return resource


@scenario("library-pages", SAVED)
def a_published_resource_is_counted(client, demo):
    new_resource("first-resource")
    warm(client, "/knowledge-bank/")
    before = library_count(client)
    new_resource("counted-at-once")
    assert library_count(client) != before


@scenario("library-pages", DELETED)
def a_deleted_resource_is_no_longer_counted(client, demo):
    resource = new_resource("soon-gone")
    warm(client, "/knowledge-bank/")
    before = library_count(client)
    resource.delete()
    assert library_count(client) != before


@scenario("library-pages", MOVED)
def a_resource_moved_out_of_the_library_is_no_longer_counted(client, demo):
    resource = new_resource("moved-away")
    warm(client, "/knowledge-bank/")
    before = library_count(client)
    resource.move(Site.objects.get(is_default_site=True).root_page, pos="last-child")
    assert library_count(client) != before


@scenario("library-restrictions", SAVED)
def a_private_resource_leaves_the_count(client, demo):
    resource = new_resource("going-private")
    warm(client, "/knowledge-bank/")
    before = library_count(client)
    PageViewRestriction.objects.create(page=resource, restriction_type=PageViewRestriction.LOGIN)
    assert library_count(client) != before


@scenario("library-restrictions", DELETED)
def a_lifted_restriction_brings_the_resource_back(client, demo):
    resource = new_resource("private-for-now")
    restriction = PageViewRestriction.objects.create(
        page=resource, restriction_type=PageViewRestriction.LOGIN
    )
    warm(client, "/knowledge-bank/")
    before = library_count(client)
    restriction.delete()
    assert library_count(client) != before


def banner_href(client, url="/"):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return soup.select_one(".help-banner a")["href"]


def banner_pointing_at_the_help_page(demo, slug=None):
    target = Page.objects.get(url_path__endswith="/worried-about-a-child/").specific
    if slug:
        target.slug = slug
        publish(target)
    setting = HelpSettings.for_site(demo)
    setting.banner_page = target
    setting.save()
    return target


@scenario("help-banner-target", SAVED)
def the_banner_falls_back_when_its_page_is_unpublished(client, demo):
    target = banner_pointing_at_the_help_page(demo, slug="who-to-talk-to")
    warm(client, "/")
    assert banner_href(client) == "/who-to-talk-to/"
    target.unpublish()
    assert banner_href(client) == "/worried-about-a-child/"


@scenario("help-banner-target", DELETED)
def the_banner_falls_back_when_its_page_is_deleted(client, demo):
    target = banner_pointing_at_the_help_page(demo, slug="who-to-talk-to")
    warm(client, "/")
    Page.objects.get(pk=target.pk).delete()
    assert banner_href(client) == "/worried-about-a-child/"


@scenario("help-banner-target", MOVED)
def the_banner_follows_its_page_when_it_moves(client, demo):
    target = banner_pointing_at_the_help_page(demo)
    warm(client, "/")
    target.move(Page.objects.get(url_path__endswith="/contact/"), pos="last-child")
    assert banner_href(client) == "/contact/worried-about-a-child/"


# Settings, snippets and sites: the page cache, navigation, the fragments, the cookie catalogue.


@scenario("shown-on-pages", SAVED)
def a_renamed_topic_shows_on_the_article(client, demo):
    warm(client, ARTICLE)
    topic = Topic.objects.get(slug="online-safety")
    topic.name = "Staying safe online"
    topic.save()
    assert "Staying safe online" in text(client, ARTICLE)[1]


def footer_topics(client, url="/accessibility/"):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    labels = soup.select(".newsletter-footer .newsletter-topics label")
    return [label.get_text(strip=True) for label in labels]


@scenario("newsletter-topics", SAVED)
def a_renamed_topic_shows_in_the_footer_sign_up_form(client, demo):
    warm(client, "/accessibility/")
    topic = Topic.objects.get(slug="online-safety")
    topic.name = "Staying safe online"
    topic.save()
    assert "Staying safe online" in footer_topics(client)


@scenario("newsletter-topics", DELETED)
def a_deleted_topic_leaves_the_footer_sign_up_form(client, demo):
    warm(client, "/accessibility/")
    assert "Research" in footer_topics(client)
    Topic.objects.get(slug="research").delete()
    assert "Research" not in footer_topics(client)


def article_topics(client):
    soup = BeautifulSoup(client.get(ARTICLE).content, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".topic-list a")]


@scenario("news-shown", SAVED)
def a_renamed_topic_shows_on_the_articles_about_it(client, demo):
    warm(client, ARTICLE)
    topic = article().specific.topics.first()
    topic.name = "Renamed by an editor"
    topic.save()
    assert "Renamed by an editor" in article_topics(client)


@scenario("news-shown", DELETED)
def a_deleted_topic_leaves_the_articles_about_it(client, demo):
    warm(client, ARTICLE)
    topic = article().specific.topics.first()
    assert topic.name in article_topics(client)
    topic.delete()
    assert topic.name not in article_topics(client)


@scenario("shown-on-pages", DELETED)
def a_deleted_partner_leaves_the_campaign_page(client, demo):
    def partners():
        soup = BeautifulSoup(client.get("/campaigns/whoissam/").content, "html.parser")
        return soup.select(".partner-list li")

    warm(client, "/campaigns/whoissam/")
    before = len(partners())
    PartnerOrganisation.objects.filter(campaigns__slug="whoissam").first().delete()
    assert len(partners()) == before - 1


def menu_labels(client, url="/"):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [link.get_text(strip=True) for link in soup.select(".site-nav__list a")]


def first_menu_page(demo):
    return NavigationSettings.for_site(demo).primary_links[0].value["page"]


@scenario("view-restrictions", SAVED)
def a_private_section_leaves_the_menu(client, demo):
    warm(client, "/")
    before = menu_labels(client)
    PageViewRestriction.objects.create(page=first_menu_page(demo), restriction_type=PageViewRestriction.LOGIN)
    assert len(menu_labels(client)) == len(before) - 1


@scenario("page-paths", MOVED)
def a_private_section_stays_out_of_the_menu_when_it_moves(client, demo):
    section = first_menu_page(demo)
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    warm(client, "/")
    before = menu_labels(client)
    section.move(Page.objects.get(url_path__endswith="/contact/"), pos="last-child")
    assert menu_labels(client) == before


@scenario("page-paths", DELETED)
def a_page_taking_the_place_of_a_deleted_private_one_is_listed(client, demo):
    private = new_article("Members only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    warm(client, "/news/")
    Page.objects.get(pk=private.pk).delete()
    # Treebeard gives the next child the path the deleted page had.
    fresh = new_article("Open to all")
    assert fresh.path == private.path
    assert "Open to all" in text(client, "/news/")[1]


@scenario("page-paths", SAVED)
def a_page_made_an_alias_of_a_private_page_is_private_at_once(client, demo):
    home = Site.objects.get(is_default_site=True).root_page
    private = home.add_child(instance=StandardPage(title="Members only", slug="members-only"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    copy = home.add_child(instance=StandardPage(title="Open copy", slug="open-copy"))
    warm(client, "/open-copy/")
    # An alias shows its source's content under its source's restrictions (Wagtail's rule).
    Page.objects.filter(pk=copy.pk).update(alias_of=private)
    Page.objects.get(pk=copy.pk).save()
    assert text(client, "/open-copy/")[0] == 302


@scenario("view-restrictions", DELETED)
def a_section_made_public_again_returns_to_the_menu(client, demo):
    restriction = PageViewRestriction.objects.create(
        page=first_menu_page(demo), restriction_type=PageViewRestriction.LOGIN
    )
    warm(client, "/")
    before = menu_labels(client)
    restriction.delete()
    assert len(menu_labels(client)) == len(before) + 1


@scenario("navigation", SAVED)
def a_relabelled_menu_link_shows(client, demo):
    warm(client, "/")
    navigation = NavigationSettings.for_site(demo)
    links = list(navigation.primary_links.raw_data)
    links[0]["value"]["label"] = "All the news"
    navigation.primary_links = links
    navigation.save()
    assert "All the news" in menu_labels(client)


@scenario("navigation", DELETED)
def deleted_menus_leave_the_page(client, demo):
    warm(client, "/")
    before = menu_labels(client)
    NavigationSettings.for_site(demo).delete()
    assert menu_labels(client) != before


@scenario("sites", SAVED)
def a_site_on_a_new_address_no_longer_answers_at_the_old_one(client, demo):
    warm(client, "/")
    demo.hostname = "www.celcis.example"
    demo.is_default_site = False
    demo.save()
    assert text(client, "/")[0] == 404


@scenario("sites", DELETED)
def a_deleted_site_answers_no_more(client, demo):
    warm(client, "/")
    Site.objects.get(pk=demo.pk).delete()
    assert text(client, "/")[0] == 404


@scenario("fragment-settings", SAVED)
def new_contact_details_show_in_the_footer(client, demo):
    warm(client, ARTICLE)
    details = ContactDetails.for_site(demo)
    details.phone = "0141 000 1234"
    details.save()
    assert "0141 000 1234" in text(client, ARTICLE)[1]


@scenario("fragment-settings", DELETED)
def deleted_banner_wording_goes_back_to_the_default(client, demo):
    setting = HelpSettings.for_site(demo)
    setting.banner_question = "Worried about a young person?"
    setting.save()
    warm(client, ARTICLE)
    setting.delete()
    assert "Worried about a young person?" not in text(client, ARTICLE)[1]


def visitor_accepts_everything(client):
    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie(["analytics", "preferences"])


@scenario("cookie-policy", SAVED)
def a_new_policy_version_asks_again(client, demo):
    visitor_accepts_everything(client)
    warm(client, ARTICLE)
    policy = CookiePolicy.load()
    policy.version += 1
    policy.save()
    assert "data-cookie-banner" in text(client, ARTICLE)[1]


@scenario("cookie-policy", DELETED)
def a_deleted_policy_asks_again(client, demo):
    policy = CookiePolicy.load()
    policy.version = 2
    policy.save()
    visitor_accepts_everything(client)
    warm(client, ARTICLE)
    CookiePolicy.objects.all().delete()
    assert "data-cookie-banner" in text(client, ARTICLE)[1]


@scenario("cookie-categories", SAVED)
def a_renamed_category_shows_in_the_banner(client, demo):
    warm(client, ARTICLE)
    category = CookieCategory.objects.get(slug="analytics")
    category.name = "Visitor statistics"
    category.save()
    assert "visitor statistics" in text(client, ARTICLE)[1].lower()


@scenario("cookie-categories", DELETED)
def a_deleted_category_leaves_the_banner(client, demo):
    warm(client, ARTICLE)
    CookieCategory.objects.get(slug="preferences").delete()
    soup = BeautifulSoup(client.get(ARTICLE).content, "html.parser")
    assert "preferences" not in soup.select_one("[data-cookie-banner]").get_text().lower()


def cookies_kept(client):
    return {name for name, morsel in client.get("/test-sets-cookies/").cookies.items() if morsel.value}


@scenario("cookies", SAVED)
def a_newly_declared_cookie_is_kept(client, demo):
    visitor_accepts_everything(client)
    assert "undeclared_tracker" not in cookies_kept(client)
    Cookie.objects.create(
        category=CookieCategory.objects.get(slug="analytics"),
        name="undeclared_tracker",
        purpose="x",
        lifetime="1 day",
    )
    assert "undeclared_tracker" in cookies_kept(client)


@scenario("cookies", DELETED)
def a_cookie_no_longer_declared_is_removed(client, demo):
    visitor_accepts_everything(client)
    assert "celcis_analytics" in cookies_kept(client)
    Cookie.objects.filter(name="celcis_analytics").delete()
    assert "celcis_analytics" not in cookies_kept(client)


def test_every_row_of_the_table_has_a_scenario():
    rows = {(trigger.name, event) for trigger in all_triggers() for event in trigger.events}
    assert rows - set(SCENARIOS) == set(), "add a scenario for each new row (see the module docstring)"
    assert set(SCENARIOS) - rows == set(), "a scenario for a row the table no longer has"


def test_every_cache_the_table_names_exists():
    # Caches register when their module is imported: load what serving pages loads (the
    # middleware chain, every URL's views, every template tag library), as a busy server has.
    WSGIHandler()
    get_resolver().url_patterns  # noqa: B018 (the import is the point)
    get_installed_libraries()
    named = {name for trigger in all_triggers() for name in trigger.caches}
    assert named - set(REGISTRY) == set()
    assert set(REGISTRY) - named == set(), "a cache nothing ever clears"


@pytest.mark.urls(COOKIE_URLS)
@pytest.mark.parametrize("row_and_event", sorted(SCENARIOS), ids="{0[0]}-{0[1]}".format)
def test_the_change_shows_on_the_next_request(row_and_event, client, demo):
    SCENARIOS[row_and_event](client, demo)
