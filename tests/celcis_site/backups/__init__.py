"""Tests for backups."""
