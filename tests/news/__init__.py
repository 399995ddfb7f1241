"""Tests for news."""
