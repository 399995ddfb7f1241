"""What `load_demo_content` tells a newcomer: one short summary with the site's real addresses.

Loading saves hundreds of pages, revisions and settings, and each save logs a
line (page created, published, page cache cleared). Those lines are for an
operator watching a live site, not for someone running `make run` for the
first time, so the loader quietens them and says once, in words, what it made
and where to look.
"""

import contextlib
import logging

from django.conf import settings

# Loggers that report every single save: useful on a live site, noise while the demo loads.
CHATTY_LOGGERS = ["wagtail", "celcis_site.page_cache", "celcis_site.editorial", "celcis_site.caching"]


@contextlib.contextmanager
def quiet_saves():
    """Keep the per-save INFO lines out of the output while the demo loads; warnings still show."""
    saved = {}
    for name in CHATTY_LOGGERS:
        logger = logging.getLogger(name)
        saved[name] = logger.level
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
    try:
        yield
    finally:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


def site_address():
    """Where the site is served: WAGTAILADMIN_BASE_URL (`make run` sets it from HOST and PORT)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def summary_lines(home, *, created_pages, created_images, admin_account=None):
    """The summary: what was made, then each section's address, then the admin's."""
    base = site_address()
    if created_pages or created_images:
        made = f"Demo content loaded: {created_pages} page{'s' if created_pages != 1 else ''} and "
        made += f"{created_images} image{'s' if created_images != 1 else ''} created."
    else:
        made = "Demo content already in place: nothing changed (edits made in the admin are kept)."
    rows = [("Home", base + "/")]
    site = home.get_site()
    for section in home.get_children().live().public().order_by("path"):
        label = section.title
        children = section.get_children().live().count()
        if children:
            label += f" ({children})"
        rows.append((label, base + section.relative_url(site)))
    admin = base + "/admin/"
    if admin_account:
        admin += (
            f"  (sign in as {admin_account['username']} / {admin_account['password']}, dev settings only)"
        )
    rows.append(("Admin", admin))
    width = max(len(label) for label, _ in rows)
    return [made, "", *(f"  {label.ljust(width)}  {url}" for label, url in rows), ""]
