"""Tests for contacts."""
