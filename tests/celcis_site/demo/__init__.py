"""Tests for the demo content loader."""
