"""Tags for what search engines and social sites read: Open Graph, Twitter cards, JSON-LD."""

import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

SOCIAL_IMAGE_SPEC = "fill-1200x630"
# json.dumps leaves these as they are; inside <script> they could close the element.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    """A `<script type="application/ld+json">` holding `data`, its None values left out, safe to inline."""
    payload = json.dumps({k: v for k, v in data.items() if v is not None}).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


def social_image(page):
    """The page's social image, else the image it is listed or headed with."""
    for field in ("social_image", "listing_image", "hero_image"):
        image = getattr(page, field, None)
        if image is not None:
            return image
    return None


def social_image_url(request, image):
    """The absolute address of the image's social rendition, looked up once for the meta tags and JSON-LD.

    `get_renditions()`, not `get_rendition()`: the latter writes the rendition back to the
    cache on every call, a second round trip each time.
    """
    url = getattr(image, "_social_image_url", None)
    if url is None:
        url = image._social_image_url = request.build_absolute_uri(
            image.get_renditions(SOCIAL_IMAGE_SPEC)[SOCIAL_IMAGE_SPEC].url
        )
    return url


@register.inclusion_tag("pages/includes/social_meta.html", takes_context=True)
def social_meta(context, page):
    request = context["request"]
    image = social_image(page)
    image_url = None
    if image is not None:
        image_url = social_image_url(request, image)
    return {
        "title": page.html_title,
        "description": page.description,
        "url": page.get_full_url(request),
        "image_url": image_url,
        # The description is the alt text; an image marked decorative has none.
        "image_alt": image.description if image else "",
        "type": "article" if hasattr(page, "publication_date") else "website",
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, article):
    """schema.org NewsArticle for an article page."""
    request = context["request"]
    organisation = {
        "@type": "Organization",
        "name": "CELCIS",
        "url": request.build_absolute_uri("/"),
    }
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.introduction,
        "datePublished": article.publication_date.isoformat() if article.publication_date else None,
        "dateModified": article.last_published_at.isoformat() if article.last_published_at else None,
        "mainEntityOfPage": article.get_full_url(request),
        "author": organisation,
        "publisher": organisation,
    }
    image = social_image(article)
    if image is not None:
        data["image"] = [social_image_url(request, image)]
    return json_ld_script(data)
