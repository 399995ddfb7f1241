"""Benchmark the news pages on PostgreSQL at growing archive sizes: `make bench-news`.

For each size (default 1,000, 10,000 then 100,000 articles; BENCH_SIZES=1000,10000
for a quicker run) it tops the archive up with `generate_articles`, runs
`update_index`, serves the site with gunicorn (production settings, one worker
per core, 127.0.0.1 only) and drives each URL with wrk for a fixed time. It
prints, per size and URL, the median and 95th-percentile latency, requests per
second, and each figure's ratio to the figure at the first size.

The database named by DATABASE_URL (default celcis_bench) is dropped and
created afresh: the script refuses a database whose name lacks "bench".

Environment: DATABASE_URL, BENCH_SIZES, BENCH_DURATION (seconds per URL,
default 10), BENCH_CONNECTIONS (default: one per core), BENCH_PORT (default
8765), BENCH_REDIS_URL (default redis://127.0.0.1:6379/12; empty for the
in-process cache), BENCH_OUTPUT (a JSON file for the results, optional).
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: `python bench/bench_news.py`
from tooling.app_server import app_server  # noqa: E402
from tooling.app_server import manage as run_manage  # noqa: E402

CORES = os.cpu_count() or 1
DATABASE_URL = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/celcis_bench")
SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "1000,10000,100000").split(",") if size.strip()]
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", str(CORES)))
PORT = int(os.environ.get("BENCH_PORT", "8765"))
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
SEARCH_TERMS = "kinship care"
# Longest any single step may take: generating 100,000 articles and indexing them is the slowest.
STEP_TIMEOUT = 60 * 60
SERVER_START_TIMEOUT = 60
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %d %d %d %d %d\\n", latency:percentile(50), latency:percentile(95),
    summary.requests, summary.duration, errors))
end
"""


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def environment(media_root):
    env = dict(os.environ)
    env.update(
        DATABASE_URL=DATABASE_URL,
        DJANGO_SETTINGS_MODULE="celcis_site.settings.production",
        SECRET_KEY=os.environ.get("SECRET_KEY", "bench-only-secret-key-not-for-production-use"),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{PORT}",
        MEDIA_ROOT=str(media_root),
        LOG_LEVEL="WARNING",
    )
    if REDIS_URL:
        env["REDIS_URL"] = REDIS_URL
    else:
        env.pop("REDIS_URL", None)
    return env


def manage(env, *args):
    started = time.monotonic()
    run_manage(env, *args, timeout=STEP_TIMEOUT)
    return time.monotonic() - started


def recreate_database():
    parts = urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    if "bench" not in name:
        sys.exit(f"Refusing to drop database {name!r}: its name must contain 'bench'.")
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def analyze():
    with psycopg.connect(DATABASE_URL, autocommit=True) as connection:
        connection.execute("VACUUM (ANALYZE)")


def flush_cache():
    if REDIS_URL:
        subprocess.run(["redis-cli", "-u", REDIS_URL, "FLUSHDB"], check=True, timeout=30, capture_output=True)


def fetch(path):
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", headers={"X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode()


def urls_to_measure():
    """The article page, the index's first, middle and last pages, and a search, as the site links them."""
    index = fetch("/news/")
    pages = int(re.search(r"Page 1 of (\d+)", index).group(1)) if "Page 1 of" in index else 1
    article = re.search(r'class="card__title"><a href="([^"]+)"', index).group(1)
    return {
        "article": article,
        "index page 1": "/news/",
        "index middle page": f"/news/?page={max(1, pages // 2)}",
        "index last page": f"/news/?page={pages}",
        "search": "/search/?q=" + SEARCH_TERMS.replace(" ", "+"),
    }


def run_wrk(path, script):
    # Warm-up: renditions generated, caches filled, as after any visitor.
    fetch(path)
    output = subprocess.run(
        [
            "wrk",
            "--threads",
            str(min(CORES, CONNECTIONS)),
            "--connections",
            str(CONNECTIONS),
            "--duration",
            f"{DURATION}s",
            "--timeout",
            "10s",
            "--header",
            "X-Forwarded-Proto: https",
            "--script",
            script,
            f"http://127.0.0.1:{PORT}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=DURATION + 60,
    ).stdout
    median, p95, requests, duration, errors = (
        int(v) for v in re.search(r"RESULT (.*)", output).group(1).split()
    )
    if errors:
        log(f"{errors} failed requests on {path}")
    return {"median_ms": median / 1000, "p95_ms": p95 / 1000, "rps": requests / (duration / 1_000_000)}


def print_table(results, unit="articles"):
    first_size = results[0]["size"]
    baseline = {row["kind"]: row for row in results if row["size"] == first_size}
    header = (
        f"{unit:>9}  {'URL':<18} {'median ms':>9} {'p95 ms':>8} {'req/s':>7}"
        f"   ratio to {first_size:,}: median / p95 / req/s"
    )
    print(header)
    print("-" * len(header))
    for row in results:
        base = baseline[row["kind"]]
        ratios = " / ".join(
            f"{row[key] / base[key]:.2f}×" if base[key] else "-" for key in ("median_ms", "p95_ms", "rps")
        )
        figures = f"{row['median_ms']:>9.1f} {row['p95_ms']:>8.1f} {row['rps']:>7.1f}"
        print(f"{row['size']:>9,}  {row['kind']:<18} {figures}   {ratios}")


def measure_at_sizes(sizes, generator, unit, urls, wrk_script):
    """Fresh database and demo, then for each size: top up with `generator`, index, serve, run wrk.

    `urls()` names the pages to measure (asked once the server runs); returns one row a URL a size.
    """
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install wrk (the make target does it for you).")
    media_root = Path(tempfile.mkdtemp(prefix="celcis-bench-media-"))
    env = environment(media_root)
    log(f"Recreating the database {urlsplit(DATABASE_URL).path.lstrip('/')}")
    recreate_database()
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    manage(env, "load_demo_content")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(wrk_script)
    results = []
    generated = 0
    try:
        for size in sorted(sizes):
            log(f"Generating {size - generated:,} {unit} (to {size:,})")
            seconds = manage(env, generator, "--count", str(size - generated), "--seed", str(size))
            log(f"Generated in {seconds:.0f} s; indexing for search")
            generated = size
            seconds = manage(env, "update_index", "-v", "0")
            log(f"Indexed in {seconds:.0f} s")
            # What autovacuum does soon after a bulk load anyway; measured without it, the
            # first minutes after an import would be planned with empty-table statistics.
            analyze()
            flush_cache()
            with app_server(env, workers=CORES, port=PORT, startup_seconds=SERVER_START_TIMEOUT):
                for kind, path in urls().items():
                    log(f"{size:,} {unit}: {kind} {path}, {DURATION} s")
                    results.append({"size": size, "kind": kind, "path": path, **run_wrk(path, script.name)})
    finally:
        os.unlink(script.name)
        shutil.rmtree(media_root, ignore_errors=True)
    return results


def main():
    results = measure_at_sizes(SIZES, "generate_articles", "articles", urls_to_measure, WRK_SCRIPT)
    print(
        f"\nNews on PostgreSQL: gunicorn {CORES} workers, wrk {CONNECTIONS} connections, {DURATION} s a URL\n"
    )
    print_table(results)
    if os.environ.get("BENCH_OUTPUT"):
        Path(os.environ["BENCH_OUTPUT"]).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
