"""People: the CELCIS staff and authors behind the Knowledge Bank, at /people/."""
