"""The databases `make bench` measures: one a size, kept between runs, topped up to the size asked for.

`prepared_environment(articles, resources)` returns the environment the site
runs with against `celcis_bench_<articles>` (PostgreSQL, `BENCH_DATABASE_HOST`,
default postgres://postgres@127.0.0.1:5432): created if missing, migrated,
static files collected, the demo content loaded, then filled with
`generate_articles` and `generate_resources` up to the counts, indexed for
search, vacuumed and analysed. A database whose media folder is gone is made afresh
(its pages would point at missing images). Making 100,000 articles and
20,000 resources takes about 15 minutes here; a second run reuses them.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_DIR))  # run as a script
from tooling.app_server import manage  # noqa: E402

DATABASE_HOST = os.environ.get("BENCH_DATABASE_HOST", "postgres://postgres@127.0.0.1:5432")
# A day is more than enough for any step; it only stops a step that hangs.
STEP_TIMEOUT = 24 * 60 * 60


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def base_environment():
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "celcis_site.settings.production",
        "SECRET_KEY": "bench-only-secret-key-not-for-production-use-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9"),
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "LOG_LEVEL": "WARNING",
    }


def _count(database_url, table):
    with psycopg.connect(database_url) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 (our names)


def _create_afresh_if_needed(name, media_root):
    with psycopg.connect(f"{DATABASE_HOST}/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and media_root.is_dir():
            return
        log(f"Creating the database {name}")
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    media_root.mkdir(parents=True, exist_ok=True)


def _top_up(env, command, table, wanted):
    have = _count(env["DATABASE_URL"], table)
    if have >= wanted:
        return False
    log(f"{command}: {have:,} → {wanted:,}")
    started = time.monotonic()
    manage(env, command, "--count", str(wanted - have), "--seed", str(wanted), timeout=STEP_TIMEOUT)
    log(f"{command} took {time.monotonic() - started:.0f} s")
    return True


def prepared_environment(articles, resources):
    name = f"celcis_bench_{articles}"
    media_root = Path(tempfile.gettempdir()) / f"celcis-bench-media-{name}"
    _create_afresh_if_needed(name, media_root)
    env = {**base_environment(), "DATABASE_URL": f"{DATABASE_HOST}/{name}", "MEDIA_ROOT": str(media_root)}
    quiet = {"stdout": subprocess.DEVNULL, "timeout": STEP_TIMEOUT}
    manage(env, "migrate", "--noinput", **quiet)
    manage(env, "collectstatic", "--noinput", **quiet)
    manage(env, "load_demo_content", **quiet)
    added = _top_up(env, "generate_articles", "news_newsarticlepage", articles)
    added = _top_up(env, "generate_resources", "knowledge_bank_resourcepage", resources) or added
    if added:
        started = time.monotonic()
        manage(env, "update_index", "-v", "0", **quiet)
        log(f"update_index took {time.monotonic() - started:.0f} s")
        with psycopg.connect(env["DATABASE_URL"], autocommit=True) as connection:
            # What autovacuum does soon after a bulk load (it is off on some servers): without it
            # the search index keeps a dead entry for each one update_index replaced.
            connection.execute("VACUUM (ANALYZE)")
    return env
