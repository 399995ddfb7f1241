"""Editorial set-up: staff roles, the moderation workflow on the sections the content apps
declare, staff accounts and the scheduler."""
