"""Load test: mixed anonymous traffic against gunicorn on PostgreSQL, with every write accounted for."""
