"""The demo loader builds the contact, help and quick-exit pages, and a second run changes nothing."""

import io

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Site

from celcis_site.pages.models import StandardPage
from contacts.models import ContactFormField, ContactPage, HelpPage, HelpSettings


def test_contact_and_help_pages_have_their_own_types(demo_content):
    contact = ContactPage.objects.get(url_path__endswith="/contact/")
    assert HelpPage.objects.get(url_path__endswith="/worried-about-a-child/").live
    assert [field.label for field in contact.form_fields.all()] == [
        "Your name",
        "Your email address",
        "The subject of your message",
        "Your message",
        "I have read the privacy notice",
    ]
    assert contact.privacy_notice.specific.slug == "privacy-notice"
    assert contact.to_address


def test_main_navigation_still_links_to_the_help_and_contact_pages(demo_content, client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")

    links = [(a["href"], a.get_text()) for a in soup.select(".site-nav a")]

    assert ("/worried-about-a-child/", "Worried about a child?") in links
    assert ("/contact/", "Contact us") in links


def test_quick_exit_explanation_is_linked_from_the_button_and_says_history_stays(demo_content, client):
    explanation = StandardPage.objects.get(slug="quick-exit")
    soup = BeautifulSoup(client.get("/worried-about-a-child/").content, "html.parser")

    assert explanation.is_sensitive
    assert soup.select_one(".quick-exit__help a")["href"] == "/quick-exit/"
    text = BeautifulSoup(client.get("/quick-exit/").content, "html.parser").main.get_text(" ", strip=True)
    assert "It does not erase your browsing history." in text
    assert "Private window" in text


def test_banner_points_at_the_demo_help_page(demo_content, client):
    banner = BeautifulSoup(client.get("/news/").content, "html.parser").select_one("aside.help-banner")

    assert banner.get_text(" ", strip=True) == "Are you worried about a child? Find out who to talk to ."
    assert banner.a["href"] == "/worried-about-a-child/"


def test_second_run_keeps_what_administrators_changed(demo_content):
    setting = HelpSettings.objects.get()
    setting.banner_page = None
    setting.show_banner = False
    setting.save()
    fields_before = list(ContactFormField.objects.values_list("pk", "label"))

    call_command("load_demo_content", stdout=io.StringIO())

    setting.refresh_from_db()
    assert (setting.banner_page, setting.show_banner) == (None, False)
    assert list(ContactFormField.objects.values_list("pk", "label")) == fields_before


def test_administrators_can_open_every_contacts_editor(demo_content, client):
    admin = get_user_model().objects.create_superuser("editor", password="a-long-test-password")
    client.force_login(admin)
    site = Site.objects.get(is_default_site=True)
    contact = ContactPage.objects.get()
    help_page = HelpPage.objects.get()

    for url in [
        f"/admin/pages/{contact.pk}/edit/",
        f"/admin/pages/{help_page.pk}/edit/",
        f"/admin/pages/{StandardPage.objects.get(slug='quick-exit').pk}/edit/",
        f"/admin/settings/contacts/contactdetails/{site.pk}/",
        f"/admin/settings/contacts/helpsettings/{site.pk}/",
        f"/admin/forms/submissions/{contact.pk}/",
    ]:
        assert client.get(url).status_code == 200, url


def test_the_demo_contact_page_shows_address_phone_and_an_enquiries_email(demo_content, client):
    soup = BeautifulSoup(client.get("/contact/").content, "html.parser")

    section = soup.select_one("main .contact-details")
    assert section.select_one("#contact-details-heading").get_text(strip=True) == "Address, phone and email"
    email = section.select_one('a[href^="mailto:"]')
    assert email["href"].endswith(".example.org")
    social = [a.get_text() for a in soup.footer.select(".social-links a")]
    assert social == ["LinkedIn", "YouTube", "Bluesky"]
