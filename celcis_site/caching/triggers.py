"""Cache triggers: the row type of the invalidation table ("when these models are saved / deleted /
moved, bump these caches"), importable from an AppConfig module."""

from dataclasses import dataclass

from django.apps import apps

from .kinds import ModelKind

SAVED = "saved"
DELETED = "deleted"
MOVED = "moved"
# The usual sets of events a row names.
EDITED = (SAVED, DELETED)
EDITED_OR_MOVED = (SAVED, DELETED, MOVED)


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
