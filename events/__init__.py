"""Events and learning: webinars, lectures, network days; their calendars and bookings."""
