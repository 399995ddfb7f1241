"""URL configuration: the admin and other private URLs first, then Wagtail's page tree."""

from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from celcis_site.consent import views as consent_views
from celcis_site.page_cache import views as page_cache_views
from celcis_site.pages import routing
from celcis_site.search import views as search_views
from celcis_site.security.password_reset import ThrottledPasswordResetView
from events import views as events_views

urlpatterns = [
    # Before Wagtail's own, which it replaces with a throttled one.
    path("admin/password_reset/", ThrottledPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", search_views.search, name="search"),
    path("cookie-consent/", consent_views.record_choice, name="cookie-consent"),
    path("newsletter/", include("newsletter.urls")),
    path("", include("celcis_site.seo.urls")),
    path("healthz/", page_cache_views.healthz, name="healthz"),
    # Calendar files: Wagtail's page URLs take no dots, so these are answered here.
    path("events/calendar.ics", events_views.calendar_feed, name="events-calendar"),
    path("events/<slug:slug>/event.ics", events_views.event_calendar, name="event-calendar"),
    # The old site's event and webinar-recording addresses: 301 to the event.
    path("learn-with-us/events-pages/<slug:slug>/", events_views.legacy_event, name="legacy-event"),
    path(
        "learn-with-us/celcis-webinar-recordings/<slug:slug>/",
        events_views.legacy_event,
        name="legacy-webinar",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves everything else from the page tree; this must come last. Its own patterns, but
# pages are served by the view that finds the way to them through the cache (pages/routing.py).
urlpatterns += [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
]

# 503 while the database is unreachable, the plain error page otherwise.
handler500 = "celcis_site.security.errors.server_error"
# The site's own page, not Django's bare "Bad Request (400)".
handler400 = "celcis_site.security.errors.bad_request"
