"""Backups: one timestamped archive with a database dump and the uploaded media, and its restore."""
