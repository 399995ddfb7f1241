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

import bench_news
from bench_news import CONNECTIONS, CORES, DURATION, fetch, measure_at_sizes, print_table

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
    results = measure_at_sizes(SIZES, "generate_resources", "resources", urls_to_measure, UNCACHED_SCRIPT)
    print(
        f"\nKnowledge Bank on PostgreSQL: gunicorn {CORES} workers, wrk {CONNECTIONS} connections, "
        f"{DURATION} s a URL, page cache bypassed\n"
    )
    print_table(results, unit="resources")


if __name__ == "__main__":
    main()
