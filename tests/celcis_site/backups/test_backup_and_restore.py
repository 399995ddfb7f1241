"""A backup of the demo site restores into an empty database with every page and record intact."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

PROJECT_DIR = Path(__file__).resolve().parents[3]

COUNT_SCRIPT = """
import json
from wagtail.models import Page
from wagtail.contrib.forms.models import FormSubmission
from wagtail.images.models import Image
from celcis_site.consent.models import ConsentRecord
print(json.dumps({
    "pages": sorted(Page.objects.values_list("url_path", flat=True)),
    "submissions": FormSubmission.objects.count(),
    "consent_records": ConsentRecord.objects.count(),
    "images": sorted(Image.objects.values_list("file", flat=True)),
}))
"""


def _manage(*args, env):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "celcis_site.settings.test",
            "LOG_LEVEL": "WARNING",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _database_url(name):
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{name}"
    return (
        f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{name}"
    )


SEED_RECORDS_SCRIPT = """
import uuid
from celcis_site.consent.models import ConsentRecord
from contacts.models import ContactPage
page = ContactPage.objects.get()
page.get_submission_class().objects.create(page=page, form_data={"name": "Alex", "message": "Hello"})
ConsentRecord.objects.create(
    consent_id=uuid.uuid4().hex, choices={"analytics": False}, policy_version=1, source="banner"
)
"""


@pytest.fixture
def new_database(tmp_path):
    """Make newly created, empty databases of the kind under test; drop them afterwards."""
    created = []
    admin = {k: v for k, v in connection.get_connection_params().items() if k != "dbname"}

    def make(label):
        if connection.vendor == "sqlite":
            return str(tmp_path / f"{label}.sqlite3")
        name = f"celcis_{label}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(dbname="postgres", autocommit=True, **admin) as server:
            server.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        return name

    yield make
    for name in created:
        with psycopg.connect(dbname="postgres", autocommit=True, **admin) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_backup_restores_into_an_empty_database_with_the_same_pages_and_records(tmp_path, new_database):
    # Real processes on real databases, as an operator would run them.
    source = {"DATABASE_URL": _database_url(new_database("source")), "MEDIA_ROOT": str(tmp_path / "media")}
    _manage("migrate", "--noinput", env=source)
    _manage("load_demo_content", env=source)
    _manage("shell", "-v", "0", "-c", SEED_RECORDS_SCRIPT, env=source)
    before = json.loads(_manage("shell", "-v", "0", "-c", COUNT_SCRIPT, env=source))

    archive = _manage("backup_site", "--output-dir", str(tmp_path / "backups"), env=source).strip()
    assert Path(archive).name.startswith("celcis-backup-")
    assert archive.endswith(".tar.gz")

    restored_media = tmp_path / "restored-media"
    target = {"DATABASE_URL": _database_url(new_database("target")), "MEDIA_ROOT": str(restored_media)}
    _manage("restore_site", archive, env=target)
    after = json.loads(_manage("shell", "-v", "0", "-c", COUNT_SCRIPT, env=target))

    assert after == before
    assert before["submissions"] == 1
    assert before["consent_records"] == 1
    assert len(before["pages"]) > 15
    for image_file in before["images"]:
        assert (restored_media / image_file).is_file()


def test_restore_refuses_a_database_that_already_has_tables(db, tmp_path):
    from django.core.management.base import CommandError

    (tmp_path / "x.tar.gz").write_bytes(b"")
    with pytest.raises(CommandError, match="already has tables"):
        call_command("restore_site", str(tmp_path / "x.tar.gz"))
