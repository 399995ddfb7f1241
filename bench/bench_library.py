"""Benchmark the Knowledge Bank on PostgreSQL at 1,000 and 20,000 resources: `make bench-library`.

For each size (BENCH_SIZES, default 1000,20000) it tops the library up with
`generate_resources` (timed), runs `update_index`, serves the site with
gunicorn and drives the library (plain, filtered, searched) and a resource
page with wrk. Every request carries a fresh dummy parameter, so none is
answered from the full-page cache: the figures are the pages' own cost, with
the library's versioned caches warm as after any visitor. Prints median and
95th-percentile latency and requests per second, each as a ratio to the
first size.

The database named by DATABASE_URL (default celcis_bench) is dropped and
created afresh. Environment as for bench/bench_news.py.
"""

import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import bench_news
from bench_news import (
    CONNECTIONS,
    CORES,
    DATABASE_URL,
    DURATION,
    PORT,
    SERVER_START_TIMEOUT,
    analyze,
    app_server,
    environment,
    fetch,
    flush_cache,
    log,
    manage,
    print_table,
    recreate_database,
    run_wrk,
)

SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "1000,20000").split(",") if size.strip()]
# Each request a new query string: never a page-cache hit, the page itself is measured.
UNCACHED_SCRIPT = (
    bench_news.WRK_SCRIPT
    + """
local n = 0
request = function()
  n = n + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format("GET", wrk.path .. separator .. "bench-miss=" .. n)
end
"""
)


def urls_to_measure():
    library = fetch("/knowledge-bank/")
    resource = re.search(r'class="resource-card__title"><a href="([^"]+)"', library).group(1)
    return {
        "library": "/knowledge-bank/",
        "library filtered": (
            "/knowledge-bank/?type=report&type=briefing&topic=care-experience&from=2016&to=2024"
        ),
        "library searched": "/knowledge-bank/?q=kinship+care",
        "resource": resource,
    }


def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install wrk (make bench-library does it for you).")
    media_root = Path(tempfile.mkdtemp(prefix="celcis-bench-media-"))
    env = environment(media_root)
    log(f"Recreating the database {urlsplit(DATABASE_URL).path.lstrip('/')}")
    recreate_database()
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    manage(env, "load_demo_content")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(UNCACHED_SCRIPT)
    results, generated = [], 0
    try:
        for size in sorted(SIZES):
            log(f"Generating {size - generated:,} resources (to {size:,})")
            seconds = manage(env, "generate_resources", "--count", str(size - generated), "--seed", str(size))
            log(f"Generated in {seconds:.0f} s; indexing for search")
            generated = size
            seconds = manage(env, "update_index", "-v", "0")
            log(f"Indexed in {seconds:.0f} s")
            analyze()
            flush_cache()
            with app_server(env, workers=CORES, port=PORT, startup_seconds=SERVER_START_TIMEOUT):
                for kind, path in urls_to_measure().items():
                    log(f"{size:,} resources: {kind} {path}, {DURATION} s")
                    results.append({"size": size, "kind": kind, "path": path, **run_wrk(path, script.name)})
    finally:
        os.unlink(script.name)
        shutil.rmtree(media_root, ignore_errors=True)
    print(
        f"\nKnowledge Bank on PostgreSQL: gunicorn {CORES} workers, wrk {CONNECTIONS} connections, "
        f"{DURATION} s a URL, page cache bypassed\n"
    )
    print_table(results, unit="resources")


if __name__ == "__main__":
    main()
