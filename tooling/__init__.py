"""Tooling for scale and load runs, never imported by the running site.

- `generate_articles` (management command): thousands of realistic articles,
  written in batches by bulk_publishing (private treebeard and Wagtail
  helpers and raw SQL, kept out of the news app for that reason);
- drawn_images: placeholder images drawn with Pillow (the demo loader uses them too);
- app_server: the one way to start the site under gunicorn on 127.0.0.1
  (tests, the load test and both benches).
"""
