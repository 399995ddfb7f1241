"""The migration that brings the Video category to sites made before it existed."""

import importlib

from django.apps import apps

from celcis_site.consent.catalogue import get_catalogue
from celcis_site.consent.demo_content import ensure_cookie_policy
from celcis_site.consent.models import CookieCategory, CookiePolicy

migration = importlib.import_module("celcis_site.consent.migrations.0005_third_party_video_category")


def test_an_existing_catalogue_gains_the_category_and_everyone_is_asked_again(db):
    ensure_cookie_policy()
    CookieCategory.objects.filter(slug="video").delete()
    assert "video" not in get_catalogue().optional_slugs

    migration.add_video_category(apps, schema_editor=None)

    video = CookieCategory.objects.get(slug="video")
    assert [(c.name, c.set_by) for c in video.cookies.order_by("sort_order")][:2] == [
        ("VISITOR_INFO1_LIVE", "YouTube (Google)"),
        ("YSC", "YouTube (Google)"),
    ]
    assert all(cookie.policy_url.startswith("https://") for cookie in video.cookies.all())
    assert CookiePolicy.objects.get().version == 2
    catalogue = get_catalogue()  # the cached catalogue was forgotten
    assert (catalogue.policy_version, "video" in catalogue.optional_slugs) == (2, True)


def test_a_fresh_install_gets_nothing_from_it(db):
    migration.add_video_category(apps, schema_editor=None)

    assert not CookieCategory.objects.exists()


def test_running_it_again_changes_nothing(db):
    ensure_cookie_policy()

    migration.add_video_category(apps, schema_editor=None)

    assert CookiePolicy.objects.get().version == 1
    assert CookieCategory.objects.filter(slug="video").count() == 1
