"""After any publish or edit, the next visitor sees the change: the page cache is never stale."""

import datetime

from wagtail.models import Page

from celcis_site.consent.models import CookieCategory, CookiePolicy
from celcis_site.navigation.models import NavigationSettings
from contacts.models import ContactDetails, HelpSettings
from news.models import NewsArticlePage, NewsIndexPage, PartnerOrganisation, Topic
from tests.celcis_site.page_cache.conftest import cache_state

ARTICLE = "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"
LISTINGS = ["/", "/news/", "/news/?topic=online-safety", "/news/?page=2", "/news/feed/", "/news/feed/atom/"]


def _warm(client, urls):
    for url in urls:
        client.get(url)
        assert cache_state(client.get(url)) == "hit", url


def _text(client, url):
    response = client.get(url)
    return response.status_code, response.content.decode()


def _publish(page):
    page.save_revision().publish()


def _new_article(title, topic_slug="online-safety"):
    index = NewsIndexPage.objects.get()
    article = NewsArticlePage(
        title=title,
        slug="cache-test-article",
        introduction="Fresh news.",
        publication_date=datetime.date.today(),
    )
    index.add_child(instance=article)
    article.topics.add(Topic.objects.get(slug=topic_slug))
    _publish(article)
    return article


def test_publishing_an_article_shows_it_on_every_listing_and_feed(demo, client):
    _warm(client, LISTINGS)

    _new_article("Hot off the press")

    for url in ["/", "/news/", "/news/?topic=online-safety", "/news/feed/", "/news/feed/atom/"]:
        assert "Hot off the press" in _text(client, url)[1], url
    assert _text(client, "/news/cache-test-article/")[0] == 200


def test_republishing_an_article_changes_the_article_and_its_listings(demo, client):
    article = NewsArticlePage.objects.live().order_by("-publication_date").first()
    topic = article.topics.first()
    listings = ["/", "/news/", f"/news/?topic={topic.slug}", "/news/feed/"]
    _warm(client, [article.url, *listings])

    article.title = "A corrected headline"
    _publish(article)

    for url in [article.url, *listings]:
        assert "A corrected headline" in _text(client, url)[1], url


def test_the_paged_news_index_moves_along_when_an_article_is_published(demo, client):
    _warm(client, ["/news/?page=2"])
    before = _text(client, "/news/?page=2")[1]

    _new_article("Pushes the others down")

    assert _text(client, "/news/?page=2")[1] != before


def test_unpublishing_an_article_removes_it_everywhere(demo, client):
    _warm(client, [ARTICLE, *LISTINGS])
    article = Page.objects.get(
        url_path__endswith="/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"
    )
    title = article.title

    article.specific.unpublish()

    assert _text(client, ARTICLE)[0] == 404
    for url in ["/news/", "/news/?topic=online-safety", "/news/feed/"]:
        assert title not in _text(client, url)[1], url


def test_deleting_an_article_removes_it_everywhere(demo, client):
    article = _new_article("Soon to be deleted")
    _warm(client, ["/news/cache-test-article/", "/news/", "/news/feed/"])

    Page.objects.get(pk=article.pk).delete()

    assert _text(client, "/news/cache-test-article/")[0] == 404
    assert "Soon to be deleted" not in _text(client, "/news/")[1]
    assert "Soon to be deleted" not in _text(client, "/news/feed/")[1]


def test_moving_a_page_serves_it_at_its_new_address_only(demo, client):
    quick_exit = Page.objects.get(url_path__endswith="/quick-exit/")
    help_page = Page.objects.get(url_path__endswith="/worried-about-a-child/")
    old_url = quick_exit.get_url()
    _warm(client, [old_url])

    quick_exit.move(help_page, pos="last-child")

    # Wagtail leaves a permanent redirect at the old address.
    moved = client.get(old_url)
    assert (moved.status_code, moved["Location"]) == (301, "/worried-about-a-child/quick-exit/")
    assert _text(client, "/worried-about-a-child/quick-exit/")[0] == 200


def test_saving_contact_details_changes_the_footer_of_every_cached_page(demo, client):
    _warm(client, [ARTICLE, "/", "/campaigns/whoissam/"])
    details = ContactDetails.for_site(demo)

    details.phone = "0141 000 1234"
    details.save()

    for url in [ARTICLE, "/", "/campaigns/whoissam/"]:
        assert "0141 000 1234" in _text(client, url)[1], url


def test_saving_the_help_banner_changes_every_cached_page(demo, client):
    _warm(client, [ARTICLE, "/news/"])
    banner = HelpSettings.for_site(demo)

    banner.banner_question = "Worried about a young person?"
    banner.save()

    for url in [ARTICLE, "/news/"]:
        assert "Worried about a young person?" in _text(client, url)[1], url


def test_saving_the_navigation_changes_every_cached_page(demo, client):
    _warm(client, [ARTICLE, "/"])
    navigation = NavigationSettings.for_site(demo)
    links = list(navigation.primary_links.raw_data)
    assert links, "the demo has a main menu"
    links[0]["value"]["label"] = "All the news"
    navigation.primary_links = links

    navigation.save()

    for url in [ARTICLE, "/"]:
        assert "All the news" in _text(client, url)[1], url


def test_renaming_a_topic_changes_the_articles_and_the_filtered_index(demo, client):
    _warm(client, [ARTICLE, "/news/?topic=online-safety"])
    topic = Topic.objects.get(slug="online-safety")

    topic.name = "Staying safe online"
    topic.save()

    for url in [ARTICLE, "/news/?topic=online-safety"]:
        assert "Staying safe online" in _text(client, url)[1], url


def test_renaming_a_partner_changes_the_campaign_page(demo, client):
    _warm(client, ["/campaigns/whoissam/"])
    partner = PartnerOrganisation.objects.filter(campaigns__slug="whoissam").first()

    partner.name = "A renamed partner"
    partner.save()

    assert "A renamed partner" in _text(client, "/campaigns/whoissam/")[1]


def test_a_new_cookie_policy_version_asks_every_visitor_again_on_cached_pages(demo, client):
    from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
    from tests.celcis_site.consent.conftest import consent_cookie

    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie(["analytics"])
    _warm(client, [ARTICLE])
    assert "data-cookie-banner" not in _text(client, ARTICLE)[1]

    policy = CookiePolicy.load()
    policy.version += 1
    policy.save()

    assert "data-cookie-banner" in _text(client, ARTICLE)[1]


def test_editing_a_cookie_category_changes_the_banner_on_cached_pages(demo, client):
    _warm(client, [ARTICLE])
    category = CookieCategory.objects.get(slug="analytics")

    category.name = "Visitor statistics"
    category.save()

    assert "visitor statistics" in _text(client, ARTICLE)[1].lower()
