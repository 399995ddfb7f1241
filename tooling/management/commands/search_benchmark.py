"""`python manage.py search_benchmark`: is search still right, and how fast, on this database?

Checks that each query of the fixed list (celcis_site/search/relevance.py) has
its best result in the top 3, then times the search page for every query
(`--repeats` rounds) and prints p50/p95, with the number of articles and the
load average, so a figure is never quoted without the machine's state. Load the
demo content and `generate_articles --count N`, then `update_index`, first.
"""

import os

from django.core.management.base import BaseCommand, CommandError

from celcis_site.search import relevance


class Command(BaseCommand):
    help = "Check search relevance on the demo queries and time the search page (p50/p95)."

    def add_arguments(self, parser):
        parser.add_argument("--repeats", type=int, default=5, help="Rounds over the query list. Default 5.")
        parser.add_argument("--host", default="localhost", help="Host header (one of ALLOWED_HOSTS).")

    def handle(self, *args, **options):
        from news.models import NewsArticlePage

        articles = NewsArticlePage.objects.live().count()
        misses = relevance.misses()
        for query, found in misses.items():
            self.stdout.write(f"MISS {query!r}: top 3 were {found}")
        relevance.timings(1, options["host"])  # warm the caches and connections
        figures = relevance.timings(options["repeats"], options["host"])
        load = " ".join(f"{value:.2f}" for value in os.getloadavg())
        self.stdout.write(
            f"{articles} articles, {figures['searches']} searches: p50 {figures['p50']:.1f} ms, "
            f"p95 {figures['p95']:.1f} ms, max {figures['max']:.1f} ms; "
            f"relevance {len(relevance.QUERIES) - len(misses)}/{len(relevance.QUERIES)} in the top 3; "
            f"load average {load} on {os.cpu_count()} CPUs"
        )
        if misses:
            raise CommandError(f"{len(misses)} queries lost their best result from the top 3")
