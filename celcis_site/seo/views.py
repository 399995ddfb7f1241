"""/robots.txt: names the XML sitemap and keeps crawlers out of the admin and search results."""

from django.shortcuts import render
from django.urls import reverse


def robots_txt(request):
    context = {"sitemap_url": request.build_absolute_uri(reverse("sitemap_xml"))}
    return render(request, "seo/robots.txt", context, content_type="text/plain; charset=utf-8")
