"""Cache triggers: the row type of the invalidation table, and the signal receivers that apply it.

A trigger reads "when these models are saved / deleted / moved, bump these
caches". One receiver per signal looks up, once per model class, which caches
a change to that class bumps, and bumps each once.
"""

import logging
from dataclasses import dataclass
from functools import cache as remember

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from wagtail.signals import post_page_move

from .kinds import ModelKind
from .versioned import bump

logger = logging.getLogger(__name__)

SAVED = "saved"
DELETED = "deleted"
MOVED = "moved"
# The usual sets of events a row names.
EDITED = (SAVED, DELETED)
EDITED_OR_MOVED = (SAVED, DELETED, MOVED)
SIGNALS = {SAVED: post_save, DELETED: post_delete, MOVED: post_page_move}

# Saves Wagtail makes on its own while serving a page or checking an upload: not edits.
BOOKKEEPING_FIELDS = frozenset({"file_hash", "file_size"})


@dataclass(frozen=True)
class Trigger:
    """One row of the table: `models` (an "app_label.Model" or a ModelKind) `events` → `caches`."""

    name: str
    models: object
    events: tuple
    caches: tuple

    def covers(self, model):
        if isinstance(self.models, ModelKind):
            return self.models.includes(model)
        return issubclass(model, apps.get_model(self.models))


def all_triggers():
    """The site-wide table, then each installed app's `cache_triggers`, in INSTALLED_APPS order."""
    from .table import SITE_WIDE_TRIGGERS

    rows = list(SITE_WIDE_TRIGGERS)
    for app_config in apps.get_app_configs():
        rows.extend(getattr(app_config, "cache_triggers", ()))
    return rows


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
