"""Settings package: base.py is shared (with security.py), dev/test/production pick what differs."""
