"""The library's active filters, each with the address that removes it (the rest of the filters kept)."""

from urllib.parse import urlencode


def _without(request, name, value=None):
    """The current query string less one value of `name` (or all of them) and the page number."""
    pairs = [
        (key, item)
        for key, items in request.GET.lists()
        for item in items
        if key != "page" and not (key == name and (value is None or item == value))
    ]
    return "?" + urlencode(pairs) if pairs else request.path


def active_filters(request, state, options):
    """[{label, url}] for each filter in force, in the order of the form."""
    names = {kind: {slug: name for _, slug, name in options[kind]} for kind in ("types", "topics", "authors")}
    found = []
    if state["q"]:
        found.append({"label": f"Search: {state['q']}", "url": _without(request, "q")})
    for slug in state["type"]:
        found.append(
            {"label": f"Type: {names['types'].get(slug, slug)}", "url": _without(request, "type", slug)}
        )
    for slug in state["topic"]:
        found.append(
            {"label": f"Topic: {names['topics'].get(slug, slug)}", "url": _without(request, "topic", slug)}
        )
    if state["author"]:
        label = names["authors"].get(state["author"], state["author"])
        found.append({"label": f"Author: {label}", "url": _without(request, "author")})
    if state["from"]:
        found.append({"label": f"From {state['from']}", "url": _without(request, "from")})
    if state["to"]:
        found.append({"label": f"To {state['to']}", "url": _without(request, "to")})
    return found
