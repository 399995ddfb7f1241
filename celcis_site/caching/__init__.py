"""The site's caches: one versioned-cache helper and one table of what invalidates what.

How to cache something (any app):

1. Name a cache where it is read:
   `LISTING = VersionedCache("events-listing", timeout=60 * 60)` (versioned.py).
2. Read through it: `LISTING.get_or_compute(f"upcoming:{page}", compute)`; the
   value is computed once per generation, on every app server alike.
3. Say what makes it stale: a row in `cache_triggers` on your AppConfig, e.g.
   `Trigger("events-pages", ANY_PAGE, EDITED_OR_MOVED, ("events-listing",))`
   (site-wide caches: table.py). Never connect your own post_save to clear it.
4. Add the row's scenario to tests/celcis_site/caching/test_invalidation_table.py:
   the test fails until every row shows its change on the next request.

A value whose cache is bumped is never read again; there is nothing to delete.
Reads cost little: a request's first read fetches every cache's generation in
one round trip, later reads none (memory.py), and a cache made with
`local=True` (small values most pages read: menus, routing, fragments) keeps a
copy of each value in the app server's memory, checked against the generation.
The page cache (`page-cache`) sits in front of every page, so a model whose
change shows on a page must be covered by a row bumping "page-cache" too
(SHOWN_ON_PAGES covers settings, snippets, images, documents and sites).
"""
