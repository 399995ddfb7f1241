"""Tests for the site-wide protections."""
