"""Configuration from the environment: production refuses to start without a secret key or its address."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.db import connection

from tests.markers import postgres_only

PROJECT_DIR = Path(__file__).resolve().parents[2]


def _manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "WAGTAILADMIN_BASE_URL")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key_in_one_line_not_a_traceback():
    result = _manage("check", DJANGO_SETTINGS_MODULE="celcis_site.settings.production")

    assert result.returncode != 0
    assert result.stderr.startswith("SECRET_KEY is not set: export SECRET_KEY")
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_production_refuses_to_start_without_its_public_address_in_one_line():
    result = _manage(
        "check",
        DJANGO_SETTINGS_MODULE="celcis_site.settings.production",
        SECRET_KEY="a-long-random-production-secret-for-this-test-only-0123456789",
        ALLOWED_HOSTS="www.celcis.org.uk",
    )

    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "WAGTAILADMIN_BASE_URL is not set: export it as the site's public address, "
        "e.g. https://www.celcis.org.uk (links in e-mails use it)."
    ]


def test_production_starts_with_secret_key_and_allowed_hosts():
    result = _manage(
        "check",
        DJANGO_SETTINGS_MODULE="celcis_site.settings.production",
        WAGTAILADMIN_BASE_URL="https://www.celcis.org.uk",
        SECRET_KEY="a-long-random-production-secret-for-this-test-only-0123456789",
        ALLOWED_HOSTS="www.celcis.org.uk",
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_pass_the_deployment_checklist():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="celcis_site.settings.production",
        WAGTAILADMIN_BASE_URL="https://www.celcis.org.uk",
        SECRET_KEY="Zq3-very-long-random-production-secret-0123456789-abcdefghijklmnop",
        ALLOWED_HOSTS="www.celcis.org.uk",
        LOG_LEVEL="WARNING",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@postgres_only
def test_postgres_connections_are_persistent_and_health_checked():
    database = settings.DATABASES["default"]

    assert connection.vendor == "postgresql"
    assert connection.Database.__name__ == "psycopg"  # psycopg 3, not psycopg2
    assert database["CONN_MAX_AGE"] == 600
    assert database["CONN_HEALTH_CHECKS"] is True
