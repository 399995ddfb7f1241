"""The icons browsers and phones ask for at fixed addresses, and the web app manifest that lists them.

The files live in static/icons/ (drawn by tools/draw_site_icons.py). Browsers
and phones fetch /favicon.ico and /apple-touch-icon.png from the root whatever
the page says, so those two are served there too, not only as static files.
"""

from django.contrib.staticfiles import finders
from django.http import FileResponse, Http404, JsonResponse
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

ONE_DAY = 60 * 60 * 24
ROOT_ICONS = {
    "favicon.ico": "image/x-icon",
    "apple-touch-icon.png": "image/png",
    "apple-touch-icon-precomposed.png": "image/png",
}
BRAND_PURPLE = "#4b2a6b"


@require_safe
def root_icon(request, name):
    """One of ROOT_ICONS, from static/icons/ (the precomposed Apple name is the same picture)."""
    if name not in ROOT_ICONS:
        raise Http404
    path = finders.find("icons/" + name.replace("-precomposed", ""))
    if path is None:
        raise Http404
    response = FileResponse(open(path, "rb"), content_type=ROOT_ICONS[name])  # noqa: SIM115 (FileResponse closes it)
    patch_cache_control(response, public=True, max_age=ONE_DAY)
    return response


@require_safe
def web_manifest(request):
    """What a phone needs to put the site on its home screen: name, colours, icons."""
    manifest = {
        "name": "CELCIS: Centre for Excellence for Children's Care and Protection",
        "short_name": "CELCIS",
        "start_url": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": BRAND_PURPLE,
        "icons": [
            {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("icons/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    response = JsonResponse(manifest, content_type="application/manifest+json")
    patch_cache_control(response, public=True, max_age=ONE_DAY)
    return response
