"""Site-wide protections: request ids for the logs, response headers, the database-down page."""
