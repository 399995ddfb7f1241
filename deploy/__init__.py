"""Deployment helpers: running the site behind Varnish (docs/varnish.md)."""
