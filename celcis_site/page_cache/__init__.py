"""Full-page cache for anonymous visitors, its invalidation, and the CDN purge on publish."""
