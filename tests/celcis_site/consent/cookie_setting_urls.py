"""The site's URLs plus one view that sets cookies of every kind, to watch the middleware enforce consent."""

from django.http import HttpResponse
from django.urls import include, path


def sets_cookies(request):
    response = HttpResponse("cookies set")
    response.set_cookie("celcis_analytics", "123")
    response.set_cookie("celcis_preferences", "large-text")
    response.set_cookie("undeclared_tracker", "abc")
    response.set_cookie("messages", "essential")
    return response


urlpatterns = [
    path("test-sets-cookies/", sets_cookies),
    path("", include("celcis_site.urls")),
]
