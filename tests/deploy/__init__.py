"""Tests for the deployment helpers (deploy/)."""
