"""`python manage.py search_benchmark`: is search still right, and how fast, on this database?

Checks that each query of the fixed list (celcis_site/search/relevance.py) has
its best result in the top 3, printing where it came, then times the search
page for every query (`--repeats` rounds; 0 checks relevance only) and prints
p50/p95, with the number of articles and resources and the load average, so a
figure is never quoted without the machine's state. Exits non-zero when a
query misses, so it can gate a change at 100,000 articles as the tests do at a
few hundred. Load the demo content, `generate_articles --count N` (and
`generate_resources`), then `update_index`, first; where autovacuum is off,
also `VACUUM (ANALYZE)`, or every plan reads the dead row versions a bulk load
leaves behind as well.
"""

import os

from django.core.management.base import BaseCommand, CommandError

from celcis_site.search import relevance


class Command(BaseCommand):
    help = "Check search relevance on the demo queries and time the search page (p50/p95)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--repeats",
            type=int,
            default=5,
            help="Rounds over the query list; 0 checks relevance only. Default 5.",
        )
        parser.add_argument("--host", default="localhost", help="Host header (one of ALLOWED_HOSTS).")

    def handle(self, *args, **options):
        from knowledge_bank.models import ResourcePage
        from news.models import NewsArticlePage

        places = relevance.places()
        for query, (place, top) in places.items():
            self.stdout.write(f"{place or 'MISS'} {query!r}" + ("" if place else f": top 3 were {top}"))
        missed = sum(1 for place, _top in places.values() if place is None)
        articles, resources = NewsArticlePage.objects.live().count(), ResourcePage.objects.live().count()
        summary = (
            f"{articles} articles, {resources} resources; "
            f"relevance {len(places) - missed}/{len(places)} in the top 3"
        )
        if options["repeats"] > 0:
            relevance.timings(1, options["host"])  # warm the caches and connections
            figures = relevance.timings(options["repeats"], options["host"])
            summary += (
                f"; {figures['searches']} searches: p50 {figures['p50']:.1f} ms, "
                f"p95 {figures['p95']:.1f} ms, max {figures['max']:.1f} ms"
            )
        load = " ".join(f"{value:.2f}" for value in os.getloadavg())
        self.stdout.write(f"{summary}; load average {load} on {os.cpu_count()} CPUs")
        if missed:
            raise CommandError(f"{missed} queries lost their best result from the top 3")
