"""What every page shares: the abstract base page, the content blocks and StandardPage."""
