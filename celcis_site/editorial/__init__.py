"""Editorial set-up: staff roles, the news moderation workflow, staff accounts and the scheduler."""
