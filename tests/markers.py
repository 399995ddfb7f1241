"""Markers for tests that need PostgreSQL or Redis: skipped, with the reason, without them."""

import os

import pytest
from django.db import connection

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/celcis",
)

redis_only = pytest.mark.skipif(
    not os.environ.get("REDIS_URL"),
    reason="needs Redis: run with REDIS_URL=redis://127.0.0.1:6379/15",
)
