"""The footer's contact block renders from the ContactDetails setting on every page."""

from bs4 import BeautifulSoup
from wagtail.models import Site

from contacts.models import ContactDetails
from tests.news.factories import NewsArticlePageFactory


def test_footer_shows_the_details_an_administrator_saved_on_every_page_type(
    news_index, standard_page, client
):
    article = NewsArticlePageFactory(parent=news_index)
    details = ContactDetails.for_site(Site.objects.get(is_default_site=True))
    details.building = "Curran Building, Level 6"
    details.street = "94 Cathedral St"
    details.city = "Glasgow"
    details.postcode = "G4 0LG"
    details.phone = "0141 444 8500"
    details.email = "celcis@strath.ac.uk"
    details.save()

    for url in ["/", "/news/", article.url, "/privacy-notice/"]:
        address = BeautifulSoup(client.get(url).content, "html.parser").select_one("footer address")
        text = address.get_text(" ", strip=True)
        assert "94 Cathedral St, Glasgow G4 0LG" in text, url
        assert address.select_one('a[href="tel:+441414448500"]').get_text() == "0141 444 8500"
        assert address.select_one('a[href="mailto:celcis@strath.ac.uk"]')


def test_phone_link_is_in_international_form():
    assert ContactDetails(phone="0141 444 8500").phone_href == "tel:+441414448500"
    assert ContactDetails(phone="+44 141 444 8500").phone_href == "tel:+441414448500"
