"""The signal receivers that apply the invalidation table: one per signal, bumping each cache once.

Which caches a change to a model class bumps is worked out once per class.
"""

import logging
from functools import cache as remember

from django.db.models.signals import post_delete, post_save
from wagtail.signals import post_page_move

from .table import all_triggers
from .triggers import DELETED, MOVED, SAVED
from .versioned import bump

logger = logging.getLogger(__name__)

SIGNALS = {SAVED: post_save, DELETED: post_delete, MOVED: post_page_move}
# Saves Wagtail makes on its own while serving a page or checking an upload: not edits.
BOOKKEEPING_FIELDS = frozenset({"file_hash", "file_size"})


@remember
def caches_bumped_by(event, model):
    """The names of the caches a change of `event` to a `model` instance bumps (computed once per class)."""
    names = []
    for trigger in all_triggers():
        if event in trigger.events and trigger.covers(model):
            names.extend(name for name in trigger.caches if name not in names)
    return tuple(names)


def bump_caches_for(event, model, reason):
    """Bump what the table says a change of `event` to `model` bumps: for writes that send no signal."""
    names = caches_bumped_by(event, model)
    for name in names:
        bump(name)
    if names:
        logger.info("Caches cleared (%s): %s", ", ".join(names), reason)


def _receiver(event):
    def on_change(sender, instance=None, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
            return
        bump_caches_for(event, sender, f"{sender._meta.label} {getattr(instance, 'pk', '')} {event}")

    on_change.__name__ = f"bump_caches_when_{event}"
    return on_change


_RECEIVERS = {event: _receiver(event) for event in SIGNALS}


def connect():
    for event, signal in SIGNALS.items():
        signal.connect(_RECEIVERS[event], dispatch_uid=f"caching.{event}")
