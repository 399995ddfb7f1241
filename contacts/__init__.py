"""Contacts: the organisation's contact details, edited once and shown everywhere."""
