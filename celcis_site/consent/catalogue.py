"""The cookie catalogue: a cached snapshot of the categories, their cookies and the policy version.

The middleware needs it on every request, so it is read from the database
once, kept in the cache until an administrator changes a category, a cookie
or the policy version (rows in celcis_site/caching/table.py), and kept in
each process's memory for as long as the cache's generation is unchanged:
checking that is one small read, or none when the caller already read the
generation alongside something else (the page cache does).
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings

from celcis_site.caching.versioned import VersionedCache

CATALOGUE = VersionedCache(
    "consent-catalogue", timeout=None, description="cookie categories, their cookies, the policy version"
)
CONSENT_COOKIE_NAME = "celcis_cookie_consent"


def cookies_the_site_cannot_work_without():
    """Always essential, whatever the list says: refusing them would lock staff out of the admin."""
    return frozenset({CONSENT_COOKIE_NAME, settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME})


@dataclass(frozen=True)
class CategoryEntry:
    slug: str
    name: str
    description: str
    essential: bool
    cookie_names: tuple[str, ...]

    def declares(self, cookie_name):
        return any(
            cookie_name.startswith(pattern[:-1]) if pattern.endswith("*") else cookie_name == pattern
            for pattern in self.cookie_names
        )


@dataclass(frozen=True)
class CookieCatalogue:
    policy_version: int
    categories: tuple[CategoryEntry, ...]

    @property
    def optional(self):
        return tuple(category for category in self.categories if not category.essential)

    @property
    def optional_slugs(self):
        return tuple(category.slug for category in self.optional)

    @property
    def essential_slugs(self):
        return frozenset(category.slug for category in self.categories if category.essential)

    def category_of(self, cookie_name):
        """The slug of the category that declares this cookie, or None if nobody declared it."""
        for category in self.categories:
            if category.declares(cookie_name):
                return category.slug
        return None


def load_catalogue():
    """Build the catalogue from the database (two queries)."""
    # By name: the models module imports consent state, which imports this module.
    CookieCategory = apps.get_model("consent", "CookieCategory")
    CookiePolicy = apps.get_model("consent", "CookiePolicy")

    policy = CookiePolicy.objects.first()
    categories = tuple(
        CategoryEntry(
            slug=category.slug,
            name=category.name,
            description=category.description,
            essential=category.essential,
            cookie_names=tuple(cookie.name for cookie in category.cookies.all()),
        )
        for category in CookieCategory.objects.prefetch_related("cookies")
    )
    return CookieCatalogue(policy_version=policy.version if policy else 1, categories=categories)


# (generation, catalogue): this process's copy, good while the generation is current.
_in_process = (None, None)


def get_catalogue(generation=None):
    """The catalogue for the current `generation` (read here when the caller has not)."""
    global _in_process
    generation = generation or CATALOGUE.generation()
    kept_generation, catalogue = _in_process
    if kept_generation != generation:
        catalogue = CATALOGUE.get_or_compute("catalogue", load_catalogue)
        _in_process = (generation, catalogue)
    return catalogue
