"""Cookie consent: opt-in cookie categories, the banner, and the middleware enforcing each choice."""
