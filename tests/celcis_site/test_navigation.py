"""The main menu and footer links come from the navigation setting administrators edit."""

from bs4 import BeautifulSoup
from django.template import Context, Template
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from celcis_site.navigation.models import NavigationSettings
from tests.news.factories import NewsArticlePageFactory


def _configure_navigation(news_index, standard_page):
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    navigation.primary_links = [{"type": "link", "value": {"page": news_index.pk, "label": ""}}]
    navigation.footer_links = [{"type": "link", "value": {"page": standard_page.pk, "label": "Privacy"}}]
    navigation.save()


def test_menu_marks_the_section_the_visitor_is_in(news_index, standard_page, client):
    _configure_navigation(news_index, standard_page)
    article = NewsArticlePageFactory(parent=news_index)

    on_index = BeautifulSoup(client.get("/news/").content, "html.parser")
    on_article = BeautifulSoup(client.get(article.url).content, "html.parser")

    assert on_index.select_one('.site-nav a[href="/news/"]')["aria-current"] == "page"
    assert on_article.select_one('.site-nav a[href="/news/"]')["aria-current"] == "true"


def test_footer_links_use_the_label_set_in_the_admin(news_index, standard_page, client):
    _configure_navigation(news_index, standard_page)

    soup = BeautifulSoup(client.get("/news/").content, "html.parser")

    assert [(a["href"], a.get_text()) for a in soup.select(".footer-links a")] == [
        ("/privacy-notice/", "Privacy")
    ]


def test_unpublished_pages_drop_out_of_the_menu(news_index, standard_page, client):
    _configure_navigation(news_index, standard_page)
    news_index.unpublish()

    soup = BeautifulSoup(client.get("/privacy-notice/").content, "html.parser")

    assert soup.select(".site-nav a") == []


def test_a_renamed_page_shows_its_new_title_in_the_menu_at_once(news_index, standard_page, client):
    _configure_navigation(news_index, standard_page)
    client.get("/news/")

    news_index.title = "Latest news"
    news_index.save_revision().publish()

    soup = BeautifulSoup(client.get("/privacy-notice/").content, "html.parser")
    assert [a.get_text() for a in soup.select(".site-nav a")] == ["Latest news"]


def test_a_new_menu_link_shows_at_once(news_index, standard_page, client):
    client.get("/news/")

    _configure_navigation(news_index, standard_page)

    soup = BeautifulSoup(client.get("/news/").content, "html.parser")
    assert [a.get_text() for a in soup.select(".site-nav a")] == ["News"]


def test_administrators_add_a_link_to_another_website_to_the_footer_in_the_admin(
    news_index, standard_page, admin_client, client
):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/navigation/navigationsettings/{site.pk}/"
    data = nested_form_data(
        {
            "primary_links": streamfield([("link", {"page": news_index.pk, "label": ""})]),
            "footer_links": streamfield(
                [
                    ("link", {"page": standard_page.pk, "label": "Privacy"}),
                    (
                        "external_link",
                        {"url": "https://www.strath.ac.uk/", "label": "University of Strathclyde"},
                    ),
                ]
            ),
        }
    )

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    soup = BeautifulSoup(client.get("/news/").content, "html.parser")
    assert [(a["href"], a.get_text()) for a in soup.select(".footer-links a")] == [
        ("/privacy-notice/", "Privacy"),
        ("https://www.strath.ac.uk/", "University of Strathclyde"),
    ]
    assert not soup.select_one('.footer-links a[href^="https"]').has_attr("aria-current")


def test_a_link_to_another_website_needs_its_words(news_index, admin_client):
    site = Site.objects.get(is_default_site=True)
    data = nested_form_data(
        {
            "primary_links": streamfield([]),
            "footer_links": streamfield(
                [("external_link", {"url": "https://www.strath.ac.uk/", "label": ""})]
            ),
        }
    )

    response = admin_client.post(f"/admin/settings/navigation/navigationsettings/{site.pk}/", data)

    assert response.status_code == 200
    assert "This field is required" in response.content.decode()


def test_a_link_found_by_slug_follows_its_page_when_it_moves(news_index, standard_page, rf):
    template = Template("{% load navigation_tags %}{% cached_slugurl 'news' %}")

    def link():
        return template.render(Context({"request": rf.get("/", HTTP_HOST="localhost")}))

    assert link() == "/news/"
    news_index.move(standard_page, pos="last-child")
    assert link() == f"{standard_page.url}news/"
