"""`make bench`: the site under gunicorn on PostgreSQL and Redis, measured with wrk from a second process.

Steps: create the bench database if missing, migrate, collect static files,
load the demo content, make sure there are BENCH_ARTICLES news articles, start
gunicorn (production settings, one worker per core) on 127.0.0.1, then run wrk
against each address for BENCH_SECONDS and print a Markdown table of requests
per second and p50/p95/p99 latency, with ratios to the static file and to the
trivial view; then find the concurrency that saturates the CPUs and run a mixed
load there for BENCH_MIXED_SECONDS, reporting 5xx, socket errors and the
workers' peak memory (VmHWM from /proc).

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/celcis_bench),
BENCH_REDIS_URL (redis://127.0.0.1:6379/9), BENCH_ARTICLES (1000), BENCH_SECONDS (10),
BENCH_MIXED_SECONDS (60), BENCH_ARTICLE_LOADER (a command that fills the database
with articles, given the count as its last argument; default: this script's own loop).
"""

import json
import os
import shlex
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

import varnish_rows

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_DIR))  # run as a script: `python bench/run_bench.py`
from tooling.app_server import app_server  # noqa: E402
from tooling.app_server import manage as run_manage  # noqa: E402

PYTHON = sys.executable
ARTICLE = "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"

REPORT_LUA = """
done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "seconds": %f, "p50": %d, "p95": %d, "p99": %d, "non2xx": %d, "socket_errors": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""
# Every request a different query string: the page cache keys on it, so each one is a miss.
CACHE_MISS_LUA = """
local threads = 0
setup = function(thread) threads = threads + 1; thread:set("tid", threads) end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. "?bench-miss=" .. tid .. "-" .. n)
end
"""
MIXED_LUA = """
local paths = {PATHS}
math.randomseed(os.time())
local n = 0
request = function()
  n = n + 1
  local path = paths[math.random(#paths)]
  if path == "MISS" then path = "ARTICLE?bench-mixed=" .. n .. "-" .. math.random(1e9) end
  return wrk.format("GET", path)
end
"""


def environment():
    cores = os.cpu_count() or 1
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "celcis_site.settings.production",
        "SECRET_KEY": "bench-only-secret-key-not-for-production-use-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/celcis_bench"
        ),
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9"),
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "LOG_LEVEL": "WARNING",
        "BENCH_CORES": str(cores),
    }


def manage(env, *args):
    run_manage(env, *args, stdout=subprocess.DEVNULL)


def create_database(env):
    import psycopg

    url = urllib.parse.urlsplit(env["DATABASE_URL"])
    name = url.path.lstrip("/")
    admin_url = urllib.parse.urlunsplit((url.scheme, url.netloc, "/postgres", "", ""))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def make_articles(count):
    """The bench's own loader: plain live articles under the news index, until there are `count`."""
    import datetime

    import django

    django.setup()
    from django.db import transaction

    from news.models import NewsArticlePage, NewsIndexPage

    index = NewsIndexPage.objects.get()
    existing = NewsArticlePage.objects.count()
    start = datetime.date(2015, 1, 1)
    for number in range(existing, count):
        with transaction.atomic():
            index.add_child(
                instance=NewsArticlePage(
                    title=f"Benchmark article {number}",
                    slug=f"benchmark-article-{number}",
                    introduction="An article made by make bench to give the listings realistic work.",
                    publication_date=start + datetime.timedelta(days=number % 4000),
                    body=[("paragraph", f"<p>Body of benchmark article {number}.</p>" * 5)],
                )
            )
        index.refresh_from_db()


def load_articles(env, count):
    loader = os.environ.get("BENCH_ARTICLE_LOADER")
    if loader:
        command = [*shlex.split(loader), str(count)]
    else:
        command = [PYTHON, str(Path(__file__)), "--make-articles", str(count)]
    subprocess.run(command, cwd=PROJECT_DIR, env=env, check=True, stdout=subprocess.DEVNULL)


def wrk(url, seconds, connections, script=""):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(script + REPORT_LUA)
    threads = max(1, min(connections, 2))
    result = subprocess.run(
        ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
         "-s", lua.name, url],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    )  # fmt: skip
    os.unlink(lua.name)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    report["rps"] = report["requests"] / report["seconds"]
    return report


def worker_pids(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    return [int(pid) for pid in children]


def peak_rss_mb(pids):
    peaks = []
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return max(peaks, default=0)


def warm(base_url, paths):
    for path in paths:
        for _ in range(2):
            with urllib.request.urlopen(base_url + path, timeout=30) as response:
                response.read()


def main():
    env = environment()
    articles = int(os.environ.get("BENCH_ARTICLES", "1000"))
    seconds = int(os.environ.get("BENCH_SECONDS", "10"))
    mixed_seconds = int(os.environ.get("BENCH_MIXED_SECONDS", "60"))
    cores = int(env["BENCH_CORES"])

    print(f"Preparing {env['DATABASE_URL']} with {articles} articles ...", file=sys.stderr)
    create_database(env)
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_demo_content")
    load_articles(env, articles)

    with app_server(env, workers=cores, timeout=60) as server:
        base_url = server.url
        rows = [
            ("static file (/static/css/site.css)", "/static/css/site.css", ""),
            ("trivial Django view (/healthz/)", "/healthz/", ""),
            ("article, cache hit", ARTICLE, ""),
            ("article, cache miss", ARTICLE, CACHE_MISS_LUA),
            ("news index (cached)", "/news/", ""),
            ("news index, cache miss", "/news/", CACHE_MISS_LUA),
            ("home (cached)", "/", ""),
            ("campaign (cached)", "/campaigns/whoissam/", ""),
            ("search (never cached)", "/search/?q=campaign", ""),
            ("events index, cache miss", "/events/", CACHE_MISS_LUA),
            ("event page, booking open (never cached)", "/events/residential-child-care-community-day/", ""),
        ]
        warm(base_url, [path for _, path, _ in rows])
        results = {}
        for label, path, script in rows:
            print(f"  wrk {label} ...", file=sys.stderr)
            results[label] = wrk(base_url + path, seconds, cores, script)

        varnish_static, varnish_hit = "Varnish: static file", "Varnish: article hit"
        through_varnish = [(varnish_static, "/static/css/site.css"), (varnish_hit, ARTICLE)]
        results.update(varnish_rows.measure(base_url, through_varnish, wrk, seconds, cores))
        rows += [(label, path, "") for label, path in through_varnish if label in results]

        static = results[rows[0][0]]["rps"]
        trivial = results[rows[1][0]]["rps"]
        print(f"\n{articles} articles; {cores} gunicorn workers; wrk -c {cores} for {seconds} s per row\n")
        print("| address | req/s | p50 ms | p95 ms | p99 ms | × static | × trivial view | status ≥ 400 |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for label, _, _ in rows:
            r = results[label]
            latencies = " | ".join(f"{r[p] / 1000:.1f}" for p in ("p50", "p95", "p99"))
            ratios = f"{r['rps'] / static:.2f} | {r['rps'] / trivial:.2f}"
            print(f"| {label} | {r['rps']:.0f} | {latencies} | {ratios} | {r['non2xx']} |")

        hit, miss = results["article, cache hit"], results["article, cache miss"]
        print("\nTargets:")
        print(f"- article cache hit ≥ 0.8 × trivial view: {hit['rps'] / trivial:.2f} × "
              f"({'met' if hit['rps'] >= 0.8 * trivial else 'NOT met'})")  # fmt: skip
        if varnish_hit in results:
            ratio = results[varnish_hit]["rps"] / results[varnish_static]["rps"]
            print(f"- Varnish article hit ≥ 0.8 × Varnish static file: {ratio:.2f} × "
                  f"({'met' if ratio >= 0.8 else 'NOT met'})")  # fmt: skip
        print(f"- article cache miss p50 ≤ 15 ms: {miss['p50'] / 1000:.1f} ms "
              f"({'met' if miss['p50'] <= 15000 else 'NOT met'})")  # fmt: skip

        paths = ["/", "/news/", ARTICLE, "/campaigns/whoissam/", "/search/?q=campaign",
                 "/static/css/site.css", "/news/?page=2", "MISS"]  # fmt: skip
        mixed = MIXED_LUA.replace("{PATHS}", "{" + ", ".join(f'"{p}"' for p in paths) + "}").replace(
            "ARTICLE", ARTICLE
        )
        sweep = {}
        for connections in (cores, 2 * cores, 4 * cores, 8 * cores):
            sweep[connections] = wrk(base_url + "/", 5, connections, mixed)["rps"]
        best = max(sweep.values())
        saturating = min(c for c, rps in sweep.items() if rps >= 0.95 * best)
        print("\nMixed-load sweep (5 s each), req/s by connections: "
              + ", ".join(f"{c}: {rps:.0f}" for c, rps in sweep.items()))  # fmt: skip
        result = wrk(base_url + "/", mixed_seconds, saturating, mixed)
        workers = worker_pids(server.process.pid)
        print(
            f"Mixed load, {mixed_seconds} s at {saturating} connections (saturating): "
            f"{result['rps']:.0f} req/s, p50 {result['p50'] / 1000:.1f} ms, "
            f"p99 {result['p99'] / 1000:.1f} ms, "
            f"{result['requests']} requests, responses with status ≥ 400 {result['non2xx']}, socket errors "
            f"{result['socket_errors']}, worker peak RSS {peak_rss_mb(workers):.0f} MB "
            f"(target < 250 MB: {'met' if peak_rss_mb(workers) < 250 else 'NOT met'})"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make-articles"]:
        make_articles(int(sys.argv[2]))
    else:
        main()
