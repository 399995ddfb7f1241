"""Findability: /sitemap.xml, /robots.txt and the HTML sitemap page at /sitemap/."""
