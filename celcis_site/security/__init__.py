"""Site-wide protections: request ids and logs, headers and the admin's CSP, per-client throttles,
upload checks, staff account guards, CSV cells, the password reset limits and the error pages."""
