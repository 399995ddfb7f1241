"""Uncached page timings in process: each page rendered by Django's test client, page cache bypassed.

For every kind of page the site serves (home, news index, article, campaign,
Knowledge Bank, resource, events index, event, people index, person, search)
it requests the page twice to warm the caches a real server keeps warm
(template loader, fragments, versioned caches), then ROUNDS more times, each
with a new dummy query parameter so the page cache never answers, and prints
the median and 95th percentile in milliseconds and the queries per request.
That is issue 17's "in process" measure; the target is a median of at most
15 ms for every page and a search p95 of at most 150 ms.

Run with the production settings against a prepared database (bench/run_bench.py
prepares one, and calls this):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/celcis_bench python bench/in_process.py

Environment: DATABASE_URL, REDIS_URL (as the site), BENCH_ROUNDS (100), BENCH_JSON
(write the rows to this file too).
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_DIR))  # run as a script: `python bench/in_process.py`

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "100"))
TARGET_MEDIAN_MS = 15
TARGET_SEARCH_P95_MS = 150
SEARCH = "/search/?q=kinship+care"

for name, value in {
    "DJANGO_SETTINGS_MODULE": "celcis_site.settings.production",
    "SECRET_KEY": "bench-only-secret-key-not-for-production-use-0123456789",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
    "LOG_LEVEL": "WARNING",
}.items():
    os.environ.setdefault(name, value)


def pages_to_measure():
    """{label: path}: one page of each kind, found in the database as a visitor would reach it."""
    from events.models import EventPage
    from knowledge_bank.models import ResourcePage
    from people.models import PersonPage

    def first_url(model, **filters):
        page = model.objects.live().filter(**filters).order_by("path").first()
        return page.url if page else None

    pages = {
        "home": "/",
        "news index": "/news/",
        "article": "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/",
        "campaign": "/campaigns/whoissam/",
        "knowledge bank": "/knowledge-bank/",
        "resource": first_url(ResourcePage),
        "events index": "/events/",
        "event": first_url(EventPage),
        "people index": "/people/",
        "person": first_url(PersonPage),
        "search": SEARCH,
    }
    return {label: path for label, path in pages.items() if path}


def measure(client, path, rounds):
    """(sorted milliseconds, queries of the last request) for `rounds` uncached requests of `path`."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    separator = "&" if "?" in path else "?"
    for warm_up in range(2):
        response = client.get(f"{path}{separator}bench-warm={warm_up}")
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    timings = []
    for number in range(rounds):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            client.get(f"{path}{separator}bench-miss={number}")
            timings.append((time.perf_counter() - started) * 1000)
    return sorted(timings), len(queries)


def percentile(sorted_values, fraction):
    return sorted_values[min(len(sorted_values) - 1, int(round(fraction * (len(sorted_values) - 1))))]


def prewarm_database():
    """Read every table and index of the database into the operating system's memory once.

    As a server that has been running a while holds them. Some virtual machines (this one: DAMON
    reclaim) drop file pages nobody read lately, so without it the first requests of a page, and
    a p95, would measure the disk. Skipped where PostgreSQL has no pg_prewarm.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_prewarm'")
        if cursor.fetchone() is None:
            return
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
        cursor.execute(
            "SELECT sum(pg_prewarm(c.oid, 'read')) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i')"
        )


def run(rounds=ROUNDS):
    """One row a page: label, path, median, p95, queries, and whether the median target is met."""
    import django

    django.setup()
    from django.test import Client

    prewarm_database()
    client = Client(HTTP_HOST="127.0.0.1")
    rows = []
    for label, path in pages_to_measure().items():
        timings, queries = measure(client, path, rounds)
        median, p95 = statistics.median(timings), percentile(timings, 0.95)
        met = p95 <= TARGET_SEARCH_P95_MS if path == SEARCH else median <= TARGET_MEDIAN_MS
        rows.append(
            {"page": label, "path": path, "median_ms": median, "p95_ms": p95, "queries": queries, "met": met}
        )
    return rows


def print_rows(rows, title):
    print(f"\n{title}\n")
    print("| page | median ms | p95 ms | queries | target |")
    print("|---|---:|---:|---:|---|")
    for row in rows:
        target = (
            f"p95 ≤ {TARGET_SEARCH_P95_MS} ms" if row["path"] == SEARCH else f"median ≤ {TARGET_MEDIAN_MS} ms"
        )
        verdict = "met" if row["met"] else "NOT met"
        figures = f"{row['median_ms']:.1f} | {row['p95_ms']:.1f} | {row['queries']}"
        print(f"| {row['page']} | {figures} | {target}: {verdict} |")


if __name__ == "__main__":
    results = run()
    print_rows(
        results, f"In process, page cache bypassed, median of {ROUNDS}: {os.environ.get('DATABASE_URL')}"
    )
    if os.environ.get("BENCH_JSON"):
        Path(os.environ["BENCH_JSON"]).write_text(json.dumps(results, indent=2))
