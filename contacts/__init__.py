"""Contacts: the organisation's contact details (edited once, shown everywhere), the contact page,
the "worried about a child?" help page and banner, and quick exit."""
