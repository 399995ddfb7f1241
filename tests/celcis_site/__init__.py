"""Tests for the site-wide apps in celcis_site/."""
