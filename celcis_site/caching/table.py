"""What invalidates what: the site-wide rows of the invalidation table.

Read each row as: when <models> are <events>, bump <caches>. Content apps add
their own rows as `cache_triggers` on their AppConfig (news: the listing
facts; contacts: the help banner's target page), in the same shape;
`all_triggers()` is the whole table, and
tests/celcis_site/caching/test_invalidation_table.py walks every row of it.

The CDN in front, when there is one, is purged on the same page and setting
changes by celcis_site/page_cache/cdn.py.
"""

from django.apps import apps

from .kinds import ANY_PAGE, CACHED_FRAGMENT_SETTINGS, SHOWN_ON_PAGES
from .triggers import EDITED, EDITED_OR_MOVED, Trigger

# Why each row: "pages" is any save of a page row, not only a publish (imports change live pages
# directly), and menus and breadcrumbs show titles and addresses; "shown-on-pages" is what a page
# shows besides pages (footer, banner, topics, partners, images); a menu link's address depends on
# its site's hostname and root page, and so does the way to a page ("routing"); a page under a
# view restriction leaves the menus, and the restricted paths change when a restriction does or a
# page's path does, and a new alias takes its source's restrictions ("page-paths").
# fmt: off
SITE_WIDE_TRIGGERS = (
    #       name                 models                             events           caches bumped
    Trigger("pages",             ANY_PAGE,                          EDITED_OR_MOVED, ("page-cache",
                                                                                      "navigation",
                                                                                      "routing")),
    Trigger("shown-on-pages",    SHOWN_ON_PAGES,                    EDITED,          ("page-cache",)),
    Trigger("navigation",        "navigation.NavigationSettings",   EDITED,          ("navigation",)),
    Trigger("sites",             "wagtailcore.Site",                EDITED,          ("navigation",
                                                                                      "routing")),
    Trigger("view-restrictions", "wagtailcore.PageViewRestriction", EDITED,          ("navigation",
                                                                                      "restricted-paths")),
    Trigger("page-paths",        ANY_PAGE,                          EDITED_OR_MOVED, ("restricted-paths",)),
    Trigger("cookie-policy",     "consent.CookiePolicy",            EDITED,          ("consent-catalogue",)),
    Trigger("cookie-categories", "consent.CookieCategory",          EDITED,          ("consent-catalogue",)),
    Trigger("cookies",           "consent.Cookie",                  EDITED,          ("consent-catalogue",)),
    Trigger("fragment-settings", CACHED_FRAGMENT_SETTINGS,          EDITED,          ("site-fragments",)),
)
# fmt: on


def all_triggers():
    """The site-wide rows, then each installed app's `cache_triggers`, in INSTALLED_APPS order."""
    rows = list(SITE_WIDE_TRIGGERS)
    for app_config in apps.get_app_configs():
        rows.extend(getattr(app_config, "cache_triggers", ()))
    return rows
