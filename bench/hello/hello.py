"""The yardstick of `make bench`: a bare Django "hello" view in a project of its own.

One module is the whole project: settings, one URL and one view, no apps, no
middleware, no database. The bench serves it with gunicorn exactly as it
serves the site (same workers, same wrk), so "× hello" says how close a page
from the cache comes to the cheapest answer Django can give.

    DJANGO_SETTINGS_MODULE=hello gunicorn --chdir bench/hello hello:application
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="hello-project-has-nothing-to-sign-0123456789-abcdefghij",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    DATABASES={},
)


def hello(request):
    return HttpResponse("Hello, world", content_type="text/plain")


urlpatterns = [path("", hello)]

application = get_wsgi_application()
