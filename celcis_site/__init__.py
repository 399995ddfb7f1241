"""The CELCIS website: project settings, URLs and the site-wide Wagtail apps."""
