"""App configuration for contacts, with the cache triggers it adds to the invalidation table."""

from django.apps import AppConfig

from celcis_site.caching.kinds import ANY_PAGE
from celcis_site.caching.triggers import EDITED_OR_MOVED, Trigger


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = "Contacts"

    # Rows of the invalidation table (celcis_site/caching/table.py): the help banner's fragment
    # holds the address of the page it links to.
    cache_triggers = (Trigger("help-banner-target", ANY_PAGE, EDITED_OR_MOVED, ("site-fragments",)),)
