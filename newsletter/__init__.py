"""The mailing list: double opt-in sign-up, consent records, preferences, unsubscribe, the weekly digest."""
