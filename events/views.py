"""Old event addresses: /learn-with-us/events-pages/<slug>/ and …/celcis-webinar-recordings/<slug>/."""

from django.http import Http404

from .models import EventIndexPage


def legacy_event(request, slug):
    """301 to the event that had this address, looked up by its slug or the old slug it stores."""
    index_page = EventIndexPage.objects.live().first()
    if index_page is None:
        raise Http404("There are no events.")
    return index_page.legacy_redirect(request, slug)
