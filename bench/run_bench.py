"""`make bench`: every figure of issue 17 in one run, on PostgreSQL and Redis, with and without Varnish.

For each size in BENCH_ARTICLES (default 1000; "1000,100000" for the whole
issue) it prepares `celcis_bench_<size>` (bench/prepare.py: demo content, that
many articles and a fifth as many resources, indexed), then:

- over HTTP, with wrk in a second process at one connection per worker: a
  bare Django "hello" view in a project of its own (bench/hello/, the
  yardstick), a static file, the site's /healthz/, pages from the page cache
  (from the workers' memory, and once more with that turned off: one Redis
  round trip a hit), uncached pages, search, and the same static file and
  article through Varnish (bench/varnish_rows.py); gunicorn runs the production settings with
  one worker per core on 127.0.0.1; every request says it accepts gzip, as
  browsers do;
- in process (bench/in_process.py): every kind of page rendered with the
  page cache bypassed, median and p95 of BENCH_ROUNDS, and its queries;
- at the first size only, a mixed load at the connection count that
  saturates the CPUs, for BENCH_MIXED_SECONDS, with errors and the workers'
  peak memory.

It prints the machine (nproc, CPU model), the load average before and after,
two Markdown tables (HTTP with ratios to hello and to the static file; in
process by size) and each target of issue 17 with "met" or "NOT met".

Environment: BENCH_ARTICLES (1000), BENCH_SECONDS (10 per HTTP row),
BENCH_MIXED_SECONDS (60), BENCH_ROUNDS (100), BENCH_REDIS_URL
(redis://127.0.0.1:6379/9), BENCH_DATABASE_HOST (postgres://postgres@127.0.0.1:5432).
"""

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import redis
import varnish_rows
from prepare import log, prepared_environment

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_DIR))  # run as a script: `python bench/run_bench.py`
from tooling.app_server import app_server  # noqa: E402

ARTICLE = "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"
STATIC = "/static/css/site.css"
HELLO = "bare Django hello view (separate project)"
HIT = "article, page cache hit"
ROUND_TRIP_HIT = "article, page cache hit, one Redis round trip (PAGE_CACHE_MEMORY_MB=0)"
VARNISH_STATIC, VARNISH_HIT = "Varnish: static file", "Varnish: article hit"

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


def wrk(url, seconds, connections, script=""):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(script + REPORT_LUA)
    threads = max(1, min(connections, 2))
    result = subprocess.run(
        ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
         "-H", "Accept-Encoding: gzip", "-s", lua.name, url],
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


def http_rows(env, seconds, cores):
    """{label: wrk report}: the hello project, then the site's addresses, then Varnish in front of it."""
    results = {}
    with app_server(
        env, workers=cores, application="hello:application", directory=PROJECT_DIR / "bench" / "hello"
    ) as hello:
        warm(hello.url, ["/"])
        log(f"wrk {HELLO}")
        results[HELLO] = wrk(hello.url + "/", seconds, cores)
    rows = [
        ("static file (" + STATIC + ")", STATIC, ""),
        ("site's /healthz/ (whole middleware stack)", "/healthz/", ""),
        (HIT, ARTICLE, ""),
        ("news index, page cache hit", "/news/", ""),
        ("home, page cache hit", "/", ""),
        ("article, uncached", ARTICLE, CACHE_MISS_LUA),
        ("news index, uncached", "/news/", CACHE_MISS_LUA),
        ("search (never cached)", "/search/?q=kinship+care", ""),
        ("event page, booking open (never cached)", "/events/residential-child-care-community-day/", ""),
    ]
    with app_server(env, workers=cores, timeout=60) as server:
        warm(server.url, [path for _, path, _ in rows])
        for label, path, script in rows:
            log(f"wrk {label}")
            results[label] = wrk(server.url + path, seconds, cores, script)
        through_varnish = [(VARNISH_STATIC, STATIC), (VARNISH_HIT, ARTICLE)]
        results.update(varnish_rows.measure(server.url, through_varnish, wrk, seconds, cores))
    # The same hit with the workers' copies of pages turned off: what the round trip to Redis costs.
    with app_server({**env, "PAGE_CACHE_MEMORY_MB": "0"}, workers=cores, timeout=60) as server:
        warm(server.url, [ARTICLE])
        log(f"wrk {ROUND_TRIP_HIT}")
        results[ROUND_TRIP_HIT] = wrk(server.url + ARTICLE, seconds, cores)
    return results


def in_process_rows(env, rounds):
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        subprocess.run(
            [sys.executable, str(PROJECT_DIR / "bench" / "in_process.py")],
            env={**env, "BENCH_JSON": output.name, "BENCH_ROUNDS": str(rounds)},
            cwd=PROJECT_DIR,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return json.loads(Path(output.name).read_text())


def mixed_load(env, seconds, cores):
    paths = [
        "/",
        "/news/",
        ARTICLE,
        "/campaigns/whoissam/",
        "/search/?q=campaign",
        STATIC,
        "/news/?page=2",
        "MISS",
    ]
    script = MIXED_LUA.replace("{PATHS}", "{" + ", ".join(f'"{p}"' for p in paths) + "}").replace(
        "ARTICLE", ARTICLE
    )
    with app_server(env, workers=cores, timeout=60) as server:
        warm(server.url, [path for path in paths if path != "MISS"])
        sweep = {
            c: wrk(server.url + "/", 5, c, script)["rps"] for c in (cores, 2 * cores, 4 * cores, 8 * cores)
        }
        saturating = min(c for c, rps in sweep.items() if rps >= 0.95 * max(sweep.values()))
        result = wrk(server.url + "/", seconds, saturating, script)
        peak = peak_rss_mb(worker_pids(server.process.pid))
    print(
        f"\nMixed load, {seconds} s at {saturating} connections (the smallest within 5 % of the best of "
        + ", ".join(f"{c}: {rps:.0f} req/s" for c, rps in sweep.items())
        + f"): {result['rps']:.0f} req/s, p50 {result['p50'] / 1000:.1f} ms, "
        f"p99 {result['p99'] / 1000:.1f} ms, {result['requests']} requests, "
        f"status ≥ 400: {result['non2xx']}, socket errors: {result['socket_errors']}, "
        f"worker peak RSS {peak:.0f} MB (target < 250 MB: {'met' if peak < 250 else 'NOT met'})"
    )


def print_http_table(by_size):
    print("\n| articles | address | req/s | p50 ms | p95 ms | p99 ms | × hello | × static | status ≥ 400 |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for size, results in by_size.items():
        hello, static = results[HELLO]["rps"], results["static file (" + STATIC + ")"]["rps"]
        for label, r in results.items():
            latencies = " | ".join(f"{r[p] / 1000:.1f}" for p in ("p50", "p95", "p99"))
            ratios = f"{r['rps'] / hello:.2f} | {r['rps'] / static:.2f}"
            print(f"| {size:,} | {label} | {r['rps']:.0f} | {latencies} | {ratios} | {r['non2xx']} |")


def print_in_process_table(by_size):
    sizes = list(by_size)
    print("\n| page | " + " | ".join(f"{size:,}: median / p95 ms, queries" for size in sizes) + " |")
    print("|---|" + "---:|" * len(sizes))
    for index, row in enumerate(next(iter(by_size.values()))):
        cells = [
            f"{rows[index]['median_ms']:.1f} / {rows[index]['p95_ms']:.1f}, {rows[index]['queries']}"
            for rows in by_size.values()
        ]
        print(f"| {row['page']} | " + " | ".join(cells) + " |")


def target(what, figure, ok):
    print(f"- {what}: {figure} ({'met' if ok else 'NOT met'})")


def print_targets(http, in_process):
    print("\nTargets (issue 17):")
    for size, results in http.items():
        ratio = results[HIT]["rps"] / results[HELLO]["rps"]
        target(f"{size:,} articles: page-cache hit ≥ 0.8 × hello", f"{ratio:.2f} ×", ratio >= 0.8)
        if VARNISH_HIT in results:
            ratio = results[VARNISH_HIT]["rps"] / results[VARNISH_STATIC]["rps"]
            target(
                f"{size:,} articles: Varnish hit ≥ 0.8 × Varnish static file", f"{ratio:.2f} ×", ratio >= 0.8
            )
    searches = {}
    for size, rows in in_process.items():
        pages = [row for row in rows if row["page"] != "search"]
        slowest = max(pages, key=lambda row: row["median_ms"])
        target(
            f"{size:,} articles: every uncached page ≤ 15 ms median in process",
            f"slowest {slowest['page']} {slowest['median_ms']:.1f} ms",
            all(row["met"] for row in pages),
        )
        searches[size] = next(row for row in rows if row["page"] == "search")
        target(
            f"{size:,} articles: search p95 ≤ 150 ms",
            f"{searches[size]['p95_ms']:.1f} ms",
            searches[size]["met"],
        )
    if len(searches) > 1:
        first, last = searches[min(searches)], searches[max(searches)]
        ratio = last["p95_ms"] / first["p95_ms"]
        target("search p95 at the largest size ≤ 1.5 × at the smallest", f"{ratio:.2f} ×", ratio <= 1.5)


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return f"{os.cpu_count()} cores (nproc), {cpu}"


def main():
    sizes = [int(size) for size in os.environ.get("BENCH_ARTICLES", "1000").split(",") if size.strip()]
    seconds = int(os.environ.get("BENCH_SECONDS", "10"))
    mixed_seconds = int(os.environ.get("BENCH_MIXED_SECONDS", "60"))
    rounds = int(os.environ.get("BENCH_ROUNDS", "100"))
    cores = os.cpu_count() or 1
    environments = {size: prepared_environment(size, size // 5) for size in sizes}

    load_before = os.getloadavg()
    started = time.strftime("%Y-%m-%d %H:%M %Z")
    http, in_process = {}, {}
    for size, env in environments.items():
        # Cached values are keyed on page ids, which the databases of each size share.
        redis.Redis.from_url(env["REDIS_URL"]).flushdb()
        log(f"{size:,} articles: over HTTP")
        http[size] = http_rows(env, seconds, cores)
        log(f"{size:,} articles: in process")
        in_process[size] = in_process_rows(env, rounds)
    load_after = os.getloadavg()

    before, after = ("/".join(f"{v:.2f}" for v in load) for load in (load_before, load_after))
    print(f"\nmake bench, {started}: {machine()}; load average (1/5/15 min) {before} before, {after} after")
    print(f"gunicorn {cores} workers (production settings), wrk {cores} connections, {seconds} s a row; "
          f"in process: median of {rounds}, page cache bypassed")  # fmt: skip
    print_http_table(http)
    print_in_process_table(in_process)
    print_targets(http, in_process)
    if mixed_seconds:
        mixed_load(environments[sizes[0]], mixed_seconds, cores)


if __name__ == "__main__":
    main()
