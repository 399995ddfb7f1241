"""Settings package: base.py is shared, dev/test/production pick what differs."""
