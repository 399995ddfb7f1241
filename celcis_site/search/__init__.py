"""Site search at /search/?q=: live public pages, ranked, paginated, never indexed."""
