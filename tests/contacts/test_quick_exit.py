"""Quick exit: on the help page always, on pages editors mark as sensitive, and nowhere else."""

from bs4 import BeautifulSoup
from wagtail.models import Site

from contacts.models import HelpSettings
from tests.celcis_site.factories import StandardPageFactory
from tests.contacts.factories import ContactPageFactory, HelpPageFactory
from tests.news.factories import NewsArticlePageFactory


def _quick_exit(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").select_one("[data-quick-exit]")


def test_help_page_always_has_the_exit_button_at_the_top(home, client):
    help_page = HelpPageFactory(parent=home)

    soup = BeautifulSoup(client.get(help_page.url).content, "html.parser")

    button = soup.select_one("[data-quick-exit] a[data-quick-exit-button]")
    # Without JavaScript it is a plain link to the neutral site, reachable by Tab before the content.
    assert button["href"] == "https://www.bbc.co.uk/weather"
    assert button.get_text(" ", strip=True) == "Emergency Exit this page"
    assert "noreferrer" in button["rel"]
    links = soup.select("body a[href]")
    assert [a["href"] for a in links[:2]] == ["#main-content", "https://www.bbc.co.uk/weather"]
    assert soup.select_one('script[src="/static/js/quick-exit.js"][defer]')


def test_pages_marked_sensitive_have_the_button(news_index, client):
    article = NewsArticlePageFactory(parent=news_index, is_sensitive=True)
    standard = StandardPageFactory(parent=news_index.get_parent(), slug="neglect", is_sensitive=True)

    assert _quick_exit(client, article.url) is not None
    assert _quick_exit(client, standard.url) is not None


def test_other_pages_have_no_button_and_load_no_quick_exit_script(news_index, standard_page, client):
    article = NewsArticlePageFactory(parent=news_index)
    contact_page = ContactPageFactory(parent=news_index.get_parent(), privacy_notice=standard_page)

    for url in ["/", "/news/", article.url, standard_page.url, contact_page.url, "/search/?q=care"]:
        html = client.get(url).content.decode()
        assert "data-quick-exit" not in html, url
        assert "quick-exit.js" not in html, url


def test_neutral_site_and_help_text_page_are_editable(home, client):
    help_page = HelpPageFactory(parent=home)
    explanation = StandardPageFactory(parent=home, slug="quick-exit", title="Leaving this website quickly")
    setting = HelpSettings.for_site(Site.objects.get(is_default_site=True))
    setting.neutral_site_url = "https://www.google.co.uk/"
    setting.quick_exit_help_page = explanation
    setting.save()

    quick_exit = _quick_exit(client, help_page.url)

    assert quick_exit.select_one("[data-quick-exit-button]")["href"] == "https://www.google.co.uk/"
    help_link = quick_exit.select_one(".quick-exit__help a")
    assert (help_link["href"], help_link.get_text()) == (
        "/quick-exit/",
        "What quick exit does and does not do",
    )


def test_shift_hint_is_only_shown_once_javascript_can_honour_it(home, client):
    help_page = HelpPageFactory(parent=home)

    hint = _quick_exit(client, help_page.url).select_one("[data-quick-exit-shift-hint]")

    assert hint.has_attr("hidden")
    assert hint.get_text(strip=True) == "Or press Shift 3 times."
