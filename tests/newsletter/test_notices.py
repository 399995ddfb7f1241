"""The demo privacy notice and cookies page describe the mailing list records; its footer lists the topics."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def test_the_privacy_notice_and_cookies_page_describe_the_mailing_list(client):
    call_command("load_demo_content", stdout=io.StringIO())
    Site.objects.filter(is_default_site=True).update(hostname="testserver", port=80)

    privacy = BeautifulSoup(client.get("/privacy-notice/").content, "html.parser")
    cookies = BeautifulSoup(client.get("/cookies/").content, "html.parser")

    assert privacy.find("h2", string="When you sign up for our weekly email") is not None
    notice = privacy.main.get_text(" ", strip=True)
    for promise in [
        "the words shown next to the button and their version",
        "which form you used",
        "when you confirmed",
        "each as a new record",
        "do not keep your IP address",
        "unsubscribe with one click",
        "within 7 days",
    ]:
        assert promise in notice, promise
    assert "Signing up for our weekly email sets no cookie" in cookies.main.get_text(" ", strip=True)
    footer_topics = [box["value"] for box in privacy.select(".newsletter-footer input[name=topics]")]
    assert footer_topics == ["care-experience", "child-protection", "online-safety", "research"]
