"""The organisation's contact details: edited once in the admin, shown in every footer and on /contact/."""

import json
from decimal import Decimal

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from contacts.models import ContactDetails
from tests.contacts.factories import ContactPageFactory, HelpPageFactory
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


def _admin_client(client):
    admin = get_user_model().objects.create_superuser("administrator", password="a-long-test-password")
    client.force_login(admin)
    return client


def _save_contact_details_in_the_admin(client, site, **changes):
    """Post the settings form the way the admin's own page would, with some fields changed."""
    url = f"/admin/settings/contacts/contactdetails/{site.pk}/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")
    data.update(nested_form_data({"social_links": streamfield([])}))
    for name, value in changes.items():
        data[name] = value
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_a_change_saved_in_the_admin_shows_on_every_page_at_once(news_index, standard_page, client):
    article = NewsArticlePageFactory(parent=news_index)
    contact_page = ContactPageFactory(parent=news_index.get_parent(), privacy_notice=standard_page)
    help_page = HelpPageFactory(parent=news_index.get_parent())
    site = Site.objects.get(is_default_site=True)
    details = ContactDetails.for_site(site)
    details.phone = "0141 444 8500"
    details.save()
    urls = ["/", "/news/", article.url, "/privacy-notice/", contact_page.url, help_page.url]
    for url in urls:  # every page's footer is now in the cache
        assert "0141 444 8500" in client.get(url).content.decode()

    _save_contact_details_in_the_admin(_admin_client(client), site, phone="0141 555 0000")

    client.logout()
    for url in urls:
        footer = BeautifulSoup(client.get(url).content, "html.parser").footer
        assert footer.select_one('a[href="tel:+441415550000"]').get_text() == "0141 555 0000", url
        assert "0141 444 8500" not in footer.get_text(), url


def test_footer_contact_block_is_served_from_the_cache_between_saves(home, client):
    details = ContactDetails.for_site(Site.objects.get(is_default_site=True))
    details.phone = "0141 444 8500"
    details.save()
    client.get("/")

    # A change that bypasses save() (and so the admin) is not seen: the fragment is cached...
    ContactDetails.objects.update(phone="0141 999 9999")
    assert "0141 444 8500" in client.get("/").content.decode()
    # ...and saving, as the admin does, clears it.
    details.refresh_from_db()
    details.save()
    assert "0141 999 9999" in client.get("/").content.decode()


def test_footer_marks_the_organisation_up_as_schema_org_json_ld(home, client):
    details = ContactDetails.for_site(Site.objects.get(is_default_site=True))
    details.institution = "University of Strathclyde"
    details.building = "Curran Building, Level 6"
    details.street = "94 Cathedral St"
    details.city = "Glasgow"
    details.postcode = "G4 0LG"
    details.phone = "0141 444 8500"
    details.email = "celcis@strath.ac.uk"
    details.social_links = [
        {"type": "link", "value": {"label": "LinkedIn", "url": "https://www.linkedin.com/"}}
    ]
    details.save()

    soup = BeautifulSoup(client.get("/").content, "html.parser")

    data = json.loads(soup.footer.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Organization"
    assert data["name"] == "CELCIS"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "University of Strathclyde, Curran Building, Level 6, 94 Cathedral St",
        "addressLocality": "Glasgow",
        "postalCode": "G4 0LG",
        "addressCountry": "United Kingdom",
    }
    assert data["telephone"] == "+441414448500"
    assert data["email"] == "celcis@strath.ac.uk"
    assert data["sameAs"] == ["https://www.linkedin.com/"]
    assert (
        soup.footer.select_one('.social-links a[href="https://www.linkedin.com/"]').get_text() == "LinkedIn"
    )


def test_json_ld_cannot_be_broken_out_of_by_what_an_administrator_types(home, client):
    details = ContactDetails.for_site(Site.objects.get(is_default_site=True))
    details.organisation_name = "CELCIS</script><script>alert(1)</script>"
    details.save()

    html = client.get("/").content.decode()

    assert "</script><script>alert(1)" not in html
    soup = BeautifulSoup(html, "html.parser")
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["name"] == "CELCIS</script><script>alert(1)</script>"


def test_contact_page_shows_the_details_hours_and_a_plain_map_link(home, standard_page, client):
    contact_page = ContactPageFactory(parent=home, privacy_notice=standard_page)
    details = ContactDetails.for_site(Site.objects.get(is_default_site=True))
    details.street, details.city, details.postcode = "94 Cathedral St", "Glasgow", "G4 0LG"
    details.phone, details.email = "0141 444 8500", "celcis@strath.ac.uk"
    details.opening_hours = "Monday to Friday, 9am to 5pm"
    details.latitude, details.longitude = Decimal("55.863200"), Decimal("-4.241400")
    details.save()

    soup = BeautifulSoup(client.get(contact_page.url).content, "html.parser")

    section = soup.select_one("main .contact-details")
    assert "94 Cathedral St, Glasgow G4 0LG" in section.address.get_text(" ", strip=True)
    assert section.select_one('address a[href="tel:+441414448500"]')
    assert section.select_one('address a[href="mailto:celcis@strath.ac.uk"]')
    assert "Opening hours: Monday to Friday, 9am to 5pm" in section.get_text(" ", strip=True)
    map_link = section.select_one('a[href^="https://www.openstreetmap.org/"]')
    assert map_link.get_text(" ", strip=True).startswith("See where we are on a map")
    assert (
        map_link["href"] == "https://www.openstreetmap.org/?mlat=55.8632&mlon=-4.2414#map=18/55.8632/-4.2414"
    )
    # Nothing from a map provider loads with the page: no frame, no script, no image from elsewhere.
    assert not soup.select("iframe")
    assert not [tag for tag in soup.select("[src]") if tag["src"].startswith("http")]


def test_the_contact_pages_heading_names_only_what_is_set(home, standard_page, client):
    contact_page = ContactPageFactory(parent=home, privacy_notice=standard_page)
    details = ContactDetails.for_site(Site.objects.get(is_default_site=True))

    def heading():
        soup = BeautifulSoup(client.get(contact_page.url).content, "html.parser")
        return soup.select_one("#contact-details-heading").get_text(strip=True)

    details.street, details.phone = "94 Cathedral St", "0141 444 8500"
    details.save()
    assert heading() == "Address and phone"

    details.email = "enquiries@celcis.example.org"
    details.save()
    assert heading() == "Address, phone and email"

    details.street, details.phone = "", ""
    details.save()
    assert heading() == "Email"


def test_map_link_searches_by_address_without_coordinates():
    details = ContactDetails(
        street="94 Cathedral St", city="Glasgow", postcode="G4 0LG", country="United Kingdom"
    )

    assert details.map_url == (
        "https://www.openstreetmap.org/search?query=94+Cathedral+St%2C+Glasgow%2C+G4+0LG%2C+United+Kingdom"
    )
    assert ContactDetails().map_url == ""
