"""GET /healthz/: "ok" from the app server without touching the database or the cache.

For load balancers (is this process up and serving?) and as the benchmark's
"trivial Django view": the full middleware stack, no page, no query.
"""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request):
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")
