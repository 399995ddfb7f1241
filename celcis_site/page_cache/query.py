"""The query strings a page may be cached under: only parameters pages use, each once, in its expected form.

A request with any other parameter, a repeated one, or a value that is not
empty (a filter form sends its empty fields) and does not match its pattern
(PAGE_CACHE_QUERY_PARAMETERS: name → regular expression) is served but never
stored nor answered from the cache. So junk parameters cannot fill the
cache with copies of a page, and no stored page carries a long query string
echoed back into its links. The key is a hash of the normalised query: its
size never grows with the input.
"""

import re
from functools import cache
from urllib.parse import urlencode

from django.conf import settings


@cache
def _patterns(parameters):
    return {name: re.compile(pattern) for name, pattern in parameters}


def cacheable_query(request):
    """The normalised query string to key the page on, or None if the request must bypass the cache."""
    if not request.META.get("QUERY_STRING"):
        return ""
    patterns = _patterns(tuple(settings.PAGE_CACHE_QUERY_PARAMETERS.items()))
    items = []
    for name, values in request.GET.lists():
        pattern = patterns.get(name)
        if pattern is None or len(values) != 1 or (values[0] and not pattern.fullmatch(values[0])):
            return None
        items.append((name, values[0]))
    return urlencode(sorted(items))
