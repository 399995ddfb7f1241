"""Write and read backup archives: the database in its own native dump format, plus MEDIA_ROOT.

PostgreSQL is dumped with pg_dump's custom format and restored with
pg_restore; SQLite is copied with its online backup API. Both are
consistent snapshots taken while the site keeps running.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

MANIFEST = "manifest.json"
POSTGRES_DUMP = "database.pgdump"
SQLITE_DUMP = "database.sqlite3"
MEDIA_DIR = "media"


class BackupError(Exception):
    """A backup or restore that cannot go ahead, with the reason a person can act on."""


def _postgres_environment():
    database = connection.settings_dict
    env = {**os.environ, "PGHOST": database["HOST"] or "", "PGPORT": str(database["PORT"] or "5432")}
    env["PGUSER"] = database["USER"] or ""
    if database["PASSWORD"]:
        env["PGPASSWORD"] = database["PASSWORD"]
    return env


def _run(command, env=None):
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-1000:]}")


def create_backup(output_dir):
    """Write celcis-backup-<timestamp>.tar.gz into output_dir and return its path."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    archive_path = output_dir / f"celcis-backup-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        if connection.vendor == "postgresql":
            dump = work / POSTGRES_DUMP
            name = connection.settings_dict["NAME"]
            _run(
                ["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", name], _postgres_environment()
            )
        elif connection.vendor == "sqlite":
            dump = work / SQLITE_DUMP
            source = sqlite3.connect(connection.settings_dict["NAME"])
            target = sqlite3.connect(dump)
            with target:
                source.backup(target)
            source.close()
            target.close()
        else:
            raise BackupError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
        manifest = {"created": timezone.now().isoformat(), "database": connection.vendor, "dump": dump.name}
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2))
        with tarfile.open(archive_path, "w:gz") as archive:
            archive.add(work / MANIFEST, arcname=MANIFEST)
            archive.add(dump, arcname=dump.name)
            media_root = Path(settings.MEDIA_ROOT)
            if media_root.is_dir():
                archive.add(media_root, arcname=MEDIA_DIR)
    return archive_path


def database_is_empty():
    """True for a newly created database: the dump brings its own tables."""
    return not connection.introspection.table_names()


def restore_backup(archive_path):
    """Restore the archive into the configured, empty database and MEDIA_ROOT."""
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise BackupError(f"No backup at {archive_path}.")
    if not database_is_empty():
        raise BackupError(
            "The database already has tables: create a new, empty database and point DATABASE_URL at it."
        )
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive_path, "r:gz") as archive:
        archive.extractall(work, filter="data")
        work = Path(work)
        manifest = json.loads((work / MANIFEST).read_text())
        if manifest["database"] != connection.vendor:
            raise BackupError(
                f"This is a {manifest['database']} backup; the configured database is {connection.vendor}."
            )
        dump = work / manifest["dump"]
        if connection.vendor == "postgresql":
            connection.close()
            name = connection.settings_dict["NAME"]
            _run(
                ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={name}", str(dump)],
                _postgres_environment(),
            )
        else:
            connection.close()
            shutil.copyfile(dump, connection.settings_dict["NAME"])
        media = work / MEDIA_DIR
        if media.is_dir():
            shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    return manifest
