"""Campaign pages show the campaign, its partners and calls to action, and list its news."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone

from news.models import CampaignPage
from tests.news.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    NewsArticlePageFactory,
    PartnerOrganisationFactory,
)


@pytest.fixture
def campaign_index(home):
    return CampaignIndexPageFactory(parent=home)


@pytest.fixture
def campaign(campaign_index):
    campaign = CampaignPageFactory(
        parent=campaign_index,
        calls_to_action=[
            {
                "type": "call_to_action",
                "value": {"label": "Read the report", "page": None, "url": "https://report.example/"},
            }
        ],
    )
    campaign.partners.set(
        [
            PartnerOrganisationFactory(name="National Crime Agency", url="https://nca.example/"),
            PartnerOrganisationFactory(name="National Police Chiefs' Council", url="https://npcc.example/"),
        ]
    )
    campaign.save()
    return campaign


def test_campaign_page_shows_hashtag_partners_and_call_to_action(campaign, client):
    response = client.get("/campaigns/whoissam/")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".campaign-hero__hashtag").get_text() == "#WhoIsSam"
    assert "Launched 5 December 2017" in soup.select_one(".campaign-hero__dates").get_text(" ", strip=True)
    partners = [(a["href"], a.get_text(strip=True)) for a in soup.select(".partner-list a")]
    assert partners == [
        ("https://nca.example/", "National Crime Agency"),
        ("https://npcc.example/", "National Police Chiefs' Council"),
    ]
    action = soup.select_one(".campaign-actions a")
    assert (action["href"], action.get_text()) == ("https://report.example/", "Read the report")


def test_campaign_lists_its_live_articles_newest_first(campaign, news_index, client):
    NewsArticlePageFactory(
        parent=news_index, title="Old", campaign=campaign, publication_date=datetime.date(2017, 12, 5)
    )
    NewsArticlePageFactory(
        parent=news_index, title="New", campaign=campaign, publication_date=datetime.date(2018, 2, 6)
    )
    NewsArticlePageFactory(parent=news_index, title="Draft", campaign=campaign, live=False)
    NewsArticlePageFactory(parent=news_index, title="Elsewhere")

    soup = BeautifulSoup(client.get("/campaigns/whoissam/").content, "html.parser")

    assert [a.get_text() for a in soup.select(".campaign-news .card__title a")] == ["New", "Old"]


def test_campaign_index_separates_current_and_past_campaigns(campaign_index, client):
    today = timezone.localdate()
    CampaignPageFactory(parent=campaign_index, title="Running", slug="running", end_date=None)
    CampaignPageFactory(
        parent=campaign_index, title="Over", slug="over", end_date=today - datetime.timedelta(days=1)
    )

    soup = BeautifulSoup(client.get("/campaigns/").content, "html.parser")

    current = soup.find(id="current-campaigns-heading").find_parent("section")
    past = soup.find(id="past-campaigns-heading").find_parent("section")
    assert [a.get_text() for a in current.select(".card__title a")] == ["Running"]
    assert [a.get_text() for a in past.select(".card__title a")] == ["Over"]


def test_home_page_shows_current_campaigns_only(campaign_index, client):
    CampaignPageFactory(parent=campaign_index, title="Running", slug="running")
    CampaignPageFactory(parent=campaign_index, title="Over", slug="over", end_date=datetime.date(2018, 1, 1))

    soup = BeautifulSoup(client.get("/").content, "html.parser")

    section = soup.find(id="campaigns-heading").find_parent("section")
    assert [a.get_text() for a in section.select(".card__title a")] == ["Running"]


def test_a_campaign_cannot_end_before_it_starts(campaign_index):
    campaign = CampaignPage(
        title="Backwards",
        summary="x",
        start_date=datetime.date(2020, 1, 2),
        end_date=datetime.date(2020, 1, 1),
    )

    with pytest.raises(ValidationError, match="cannot end before it starts"):
        campaign_index.add_child(instance=campaign)
