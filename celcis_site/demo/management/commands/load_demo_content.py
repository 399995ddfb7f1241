"""`python manage.py load_demo_content`: build the demo site; running it again changes nothing.

Anything that already exists (matched by slug, image title or setting) is left
as it is, so the command never overwrites what an editor has changed.
"""

import datetime
from decimal import Decimal
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.models import Page, Site

from celcis_site.consent.demo_content import COOKIES_PAGE, ensure_cookie_policy
from celcis_site.consent.models import CookiesPage
from celcis_site.demo import legal_content, news_content, seed_article
from celcis_site.demo.events_content import ensure_events
from celcis_site.demo.help_and_contact import ensure_help_and_contact_pages, ensure_help_settings
from celcis_site.demo.knowledge_bank_content import ensure_knowledge_bank
from celcis_site.demo.people_content import ensure_people
from celcis_site.demo.summary import quiet_saves, summary_lines
from celcis_site.editorial.sections import grant_section_permissions
from celcis_site.home.models import HomePage
from celcis_site.navigation.models import NavigationSettings
from celcis_site.pages.models import LegalPage
from celcis_site.seo.models import SitemapPage
from contacts.models import ContactDetails
from news.models import (
    CampaignIndexPage,
    CampaignPage,
    NewsArticlePage,
    NewsIndexPage,
    PartnerOrganisation,
    Topic,
)
from people.models import PeopleIndexPage
from tooling.drawn_images import draw_logo, draw_scene, get_or_create_drawn_image, get_or_create_text_image

HOME_INTRODUCTION = (
    "CELCIS works with people and organisations across Scotland to improve the lives "
    "of children and young people in care and to protect children from harm."
)


class Command(BaseCommand):
    help = "Create the demo site (home, news, the 2017 #WhoIsSam article, footer pages). Idempotent."

    def handle(self, *args, **options):
        self.created_pages, images_before = 0, Image.objects.count()
        with quiet_saves():
            home = self.load()
        account = self.ensure_demo_admin()
        lines = summary_lines(
            home,
            created_pages=self.created_pages,
            created_images=Image.objects.count() - images_before,
            admin_account=account,
        )
        self.stdout.write("\n".join(lines))

    def load(self):
        with transaction.atomic():
            site = self.ensure_site()
            home = site.root_page.specific
            news_index = self.ensure_child(
                home, NewsIndexPage, "news", title="News", introduction="News from CELCIS."
            )
            pages = {}
            for spec in legal_content.LEGAL_PAGES:
                pages[spec["slug"]] = self.ensure_child(
                    home,
                    LegalPage,
                    spec["slug"],
                    title=spec["title"],
                    introduction=spec["introduction"],
                    last_updated=legal_content.LAST_UPDATED,
                    body=legal_content.body(spec["sections"]),
                )
            pages["sitemap"] = self.ensure_child(
                home, SitemapPage, "sitemap", title="Sitemap", introduction="Every section of this website."
            )
            pages["cookies"] = self.ensure_child(home, CookiesPage, **COOKIES_PAGE)
            ensure_cookie_policy()
            pages.update(ensure_help_and_contact_pages(self.ensure_child, home, pages["privacy-notice"]))
            campaign_index = self.ensure_child(
                home,
                CampaignIndexPage,
                "campaigns",
                title="Campaigns",
                introduction="Campaigns CELCIS supports to keep children safe.",
            )
            topics = self.ensure_topics()
            campaign = self.ensure_campaign(campaign_index)
            self.ensure_seed_article(news_index, campaign, topics)
            self.ensure_demo_articles(news_index, campaign, topics)
            people_index = self.ensure_child(
                home,
                PeopleIndexPage,
                "people",
                title="People",
                introduction="The people at CELCIS, by team, and the authors of our publications.",
            )
            people = ensure_people(self.ensure_child, people_index, topics)
            library, created_resources = ensure_knowledge_bank(self.ensure_child, home, topics, people)
            self.created_pages += created_resources
            events_index = ensure_events(self.ensure_child, home, news_index, topics)
            self.ensure_contact_details(site)
            ensure_help_settings(site, pages)
            self.ensure_navigation(site, [news_index, library, campaign_index, events_index], pages)
            grant_section_permissions()
        return home

    def ensure_site(self):
        """The default site, rooted at a HomePage, with the address the site is served at."""
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site
        root = Page.get_first_root_node()
        home = HomePage.objects.first()
        if home is None:
            home = root.add_child(
                instance=HomePage(title="CELCIS", slug="celcis", introduction=HOME_INTRODUCTION)
            )
            home.save_revision().publish()
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        default_port = 443 if address.scheme == "https" else 80
        if site is None:
            site = Site(is_default_site=True)
        old_root = site.root_page if site.pk else None
        site.hostname = address.hostname or "localhost"
        site.port = address.port or default_port
        site.site_name = "CELCIS"
        site.root_page = home
        site.save()
        # Wagtail's own "Welcome" placeholder goes once nothing points at it.
        if old_root and not old_root.get_children().exists() and type(old_root.specific) is Page:
            old_root.delete()
        return site

    def ensure_child(self, parent, model, slug, **fields):
        """The child page with this slug, created and published if it is missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        page = parent.add_child(instance=model(slug=slug, **fields))
        page.save_revision().publish()
        self.created_pages += 1
        return page

    def ensure_topics(self):
        topics = {}
        for name, slug, description in news_content.TOPICS:
            topics[slug], _ = Topic.objects.get_or_create(
                slug=slug, defaults={"name": name, "description": description}
            )
        return topics

    def ensure_campaign(self, campaign_index):
        spec = news_content.CAMPAIGN
        partners = []
        for name, acronym, url, colour in news_content.PARTNERS:
            partner = PartnerOrganisation.objects.filter(name=name).first()
            if partner is None:
                logo = get_or_create_drawn_image(
                    f"{name} logo",
                    lambda name=name, acronym=acronym, colour=colour: draw_logo(name, acronym, colour),
                    f"{name} logo",
                )
                partner = PartnerOrganisation.objects.create(name=name, url=url, logo=logo)
            partners.append(partner)
        return self.ensure_child(
            campaign_index,
            CampaignPage,
            spec["slug"],
            title=spec["title"],
            hashtag=spec["hashtag"],
            summary=spec["summary"],
            start_date=spec["start_date"],
            first_published_at=self.morning_of(spec["start_date"]),
            hero_image=get_or_create_text_image("#WhoIsSam campaign banner", "#WhoIsSam"),
            partners=partners,
            calls_to_action=[
                {
                    "type": "call_to_action",
                    "value": {
                        "label": "Read the Digital Childhood report",
                        "page": None,
                        "url": spec["report_url"],
                    },
                },
            ],
            body=[
                {"type": "heading", "value": {"text": "The animation", "level": "h2"}},
                {
                    "type": "embed",
                    "value": {
                        "embed": spec["animation_url"],
                        "title": spec["animation_title"],
                        # Drawn here, offline: the placeholder never loads a picture from YouTube.
                        "thumbnail": get_or_create_text_image(
                            "#WhoIsSam animation thumbnail", "#WhoIsSam animation", size=(960, 540)
                        ).pk,
                        "caption": "Sam, an adult who goes online to abuse children, tells how offenders "
                        "try to build relationships with young people.",
                    },
                },
            ],
        )

    def ensure_seed_article(self, news_index, campaign, topics):
        banner = get_or_create_text_image("#WhoIsSam campaign banner", "#WhoIsSam")
        return self.ensure_child(
            news_index,
            NewsArticlePage,
            seed_article.SLUG,
            title=seed_article.TITLE,
            publication_date=seed_article.PUBLICATION_DATE,
            first_published_at=self.morning_of(seed_article.PUBLICATION_DATE),
            introduction=seed_article.INTRODUCTION,
            listing_image=banner,
            body=seed_article.body(banner.pk),
            campaign=campaign,
            topics=[topics["online-safety"], topics["child-protection"]],
        )

    def ensure_demo_articles(self, news_index, campaign, topics):
        today = timezone.localdate()
        for spec in news_content.ARTICLES:
            day = news_content.article_date(spec, today)
            self.ensure_child(
                news_index,
                NewsArticlePage,
                spec["slug"],
                title=spec["title"],
                publication_date=day,
                first_published_at=self.morning_of(day),
                introduction=spec["introduction"],
                listing_image=get_or_create_drawn_image(
                    f"{spec['title']} (illustration)",
                    lambda spec=spec: draw_scene(spec["slug"]),
                    "An illustration of hills and trees under an open sky",
                ),
                body=news_content.article_body(spec),
                campaign=campaign if spec["campaign"] else None,
                topics=[topics[slug] for slug in spec["topics"]],
            )

    @staticmethod
    def morning_of(day):
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))

    def ensure_contact_details(self, site):
        details = ContactDetails.for_site(site)
        if details.phone or details.street:
            return
        details.organisation_name = "CELCIS"
        details.institution = "University of Strathclyde"
        details.building = "Curran Building, Level 6"
        details.street = "94 Cathedral St"
        details.city = "Glasgow"
        details.postcode = "G4 0LG"
        details.country = "United Kingdom"
        details.phone = "0141 444 8500"
        details.email = "enquiries@celcis.example.org"
        details.social_links = [{"type": "link", "value": link} for link in news_content.SOCIAL_LINKS]
        details.opening_hours = "Monday to Friday, 9am to 5pm"
        details.latitude, details.longitude = Decimal("55.863200"), Decimal("-4.241400")
        details.save()

    def ensure_navigation(self, site, sections, pages):
        navigation = NavigationSettings.for_site(site)
        if navigation.primary_links or navigation.footer_links:
            return

        def links(*targets):
            return [{"type": "link", "value": {"page": page.pk, "label": label}} for page, label in targets]

        navigation.primary_links = links(
            *((section, "") for section in sections),
            (pages["worried-about-a-child"], "Worried about a child?"),
            (pages["contact"], ""),
        )
        navigation.footer_links = [
            *links(
                (pages["sitemap"], ""),
                (pages["accessibility"], "Accessibility"),
                (pages["cookies"], ""),
                (pages["privacy-notice"], ""),
            ),
            {"type": "external_link", "value": news_content.UNIVERSITY_LINK},
        ]
        navigation.save()

    def ensure_demo_admin(self):
        account = settings.DEMO_ADMIN_ACCOUNT
        if not account:
            return None
        User = get_user_model()
        if not User.objects.filter(username=account["username"]).exists():
            User.objects.create_superuser(account["username"], password=account["password"])
        return account
