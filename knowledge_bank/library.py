"""What the library page shows for a request: the filter form with facet counts, and one page of resources.

Counts beside each option reflect the other filters chosen (choosing a type
changes the topic counts, not the type counts). Counts, filter options and
search matches are cached per set of filters (listing_cache.py), so a page
costs the same few queries at 1,000 resources as at 20,000.
"""

import hashlib
import json

from django.apps import apps
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.utils.functional import SimpleLazyObject
from wagtail.images import get_image_model

from celcis_site.page_cache.parts import lazy_page, page_fact
from celcis_site.pages.visibility import visible
from celcis_site.search.query import parse_query
from celcis_site.search.ranking import ranked_page_ids
from news.models import Topic
from news.pagination import ReversiblePaginator
from people.models import PersonPage

from .filters import LibraryFilterForm
from .listing_cache import cached_library_fact
from .removal_links import active_filters


def _model(name):
    # By name, not imported: the page's models call this module to render the library.
    return apps.get_model("knowledge_bank", name)


RESOURCES_PER_PAGE = 20
# Keep in step with the {% image %} tag of templates/knowledge_bank/includes/resource_card.html.
CARD_COVER_SPEC = "fill-96x136"
ORDERINGS = {"newest": ("-sort_date", "-pk"), "oldest": ("sort_date", "pk"), "title": ("title", "pk")}


def filter_options(index_page):
    """The types, topics and authors visitors may choose from, and the years resources span.

    Types and topics (two short lists, renamed at any time) are kept as page facts
    (cleared by any edit a page can show); the authors and years, which take
    reading the whole library, in the library's cache.
    """

    def compute():
        resources = visible(_model("ResourcePage").objects.child_of(index_page)).order_by()
        people = PersonPage.objects.filter(
            pk__in=_model("ResourceAuthor").objects.filter(resource__in=resources).values("person_id")
        ).order_by("family_name", "title")
        years = sorted(set(resources.values_list("published_year", flat=True).distinct()))
        return {"authors": list(visible(people).values_list("pk", "slug", "title")), "years": years}

    def choices():
        return {
            "types": list(_model("ResourceType").objects.values_list("pk", "slug", "name")),
            "topics": list(Topic.objects.values_list("pk", "slug", "name")),
        }

    # Types and topics are snippets: an edit clears the page cache, not the library's facts.
    return {
        **page_fact("library-choices", choices),
        **cached_library_fact(f"{index_page.pk}:options", compute),
    }


def _ids(options, kind, slugs):
    by_slug = {slug: pk for pk, slug, _ in options[kind]}
    return [by_slug[slug] for slug in slugs if slug in by_slug]


def narrowed(resources, state, options, search_ids, *, skip=None):
    """`resources` with every chosen filter applied but `skip` (the facet being counted)."""
    if state["q"]:
        resources = resources.filter(pk__in=search_ids)
    if state["type"] and skip != "type":
        resources = resources.filter(resource_type_id__in=_ids(options, "types", state["type"]))
    if state["topic"] and skip != "topic":
        links = _model("ResourcePage").topics.through.objects.filter(
            topic_id__in=_ids(options, "topics", state["topic"])
        )
        resources = resources.filter(pk__in=links.values("resourcepage_id"))
    if state["author"] and skip != "author":
        authorships = _model("ResourceAuthor").objects.filter(
            person_id__in=_ids(options, "authors", [state["author"]])
        )
        resources = resources.filter(pk__in=authorships.values("resource_id"))
    if state["from"]:
        resources = resources.filter(published_year__gte=state["from"])
    if state["to"]:
        resources = resources.filter(published_year__lte=state["to"])
    return resources


def search_matches(index_page, query):
    """Ids of the resources matching the visitor's words, best first (the site's search back end)."""
    parsed = parse_query(query)
    if parsed is None:
        return []
    key = hashlib.sha256(query.encode()).hexdigest()[:32]
    resources = visible(_model("ResourcePage").objects.child_of(index_page))
    return cached_library_fact(
        f"{index_page.pk}:search:{key}", lambda: ranked_page_ids(resources, parsed).page_ids
    )


def state_key(state):
    """A short key for one set of filters (the same for the same filters in any order)."""
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()[:32]


def facts_for(index_page, state, options, search_ids):
    """Total, per-option counts and (searching) the matching ids in rank order, for one set of filters."""

    def compute():
        base = visible(_model("ResourcePage").objects.child_of(index_page)).order_by()
        matching = narrowed(base, state, options, search_ids)
        by_type = narrowed(base, state, options, search_ids, skip="type")
        by_topic = narrowed(base, state, options, search_ids, skip="topic")
        by_author = narrowed(base, state, options, search_ids, skip="author")
        facts = {
            "type": dict(by_type.values_list("resource_type_id").annotate(n=Count("pk"))),
            "topic": dict(
                _model("ResourcePage")
                .topics.through.objects.filter(resourcepage_id__in=by_topic.values("pk"))
                .values_list("topic_id")
                .annotate(n=Count("resourcepage_id"))
            ),
            "author": dict(
                _model("ResourceAuthor")
                .objects.filter(resource_id__in=by_author.values("pk"), person__isnull=False)
                .values_list("person_id")
                .annotate(n=Count("resource_id", distinct=True))
            ),
        }
        if state["q"]:
            found = set(matching.values_list("pk", flat=True))
            facts["ranked"] = [pk for pk in search_ids if pk in found]
            facts["count"] = len(facts["ranked"])
        else:
            facts["count"] = matching.count()
        return facts

    return cached_library_fact(f"{index_page.pk}:facts:{state_key(state)}", compute)


def facet(options, kind, counts, chosen):
    """[{slug, name, count, checked, disabled}]: an option with no results is disabled unless chosen."""
    return [
        {
            "slug": slug,
            "name": name,
            "count": counts.get(pk, 0),
            "checked": slug in chosen,
            "disabled": not counts.get(pk) and slug not in chosen,
        }
        for pk, slug, name in options[kind]
    ]


def for_cards(resources):
    covers = get_image_model().get_rendition_model().objects.filter(filter_spec=CARD_COVER_SPEC)
    return resources.select_related("cover_image").prefetch_related(
        Prefetch("authors", queryset=_model("ResourceAuthor").objects.select_related("person")),
        Prefetch("cover_image__renditions", queryset=covers, to_attr="prefetched_renditions"),
    )


def library_context(index_page, request):
    options = filter_options(index_page)
    form = LibraryFilterForm(request.GET, options=options)
    if not form.is_valid():
        # A shared address with a value that names nothing: say so, list nothing, never a 500.
        empty = Paginator([], RESOURCES_PER_PAGE).get_page(1)
        return {"filter_form": form, "resources": empty, "options": options, "facets": None}, 400
    state = form.state
    search_ids = search_matches(index_page, state["q"]) if state["q"] else []
    facts = facts_for(index_page, state, options, search_ids)
    sort = form.ordering
    if sort == "relevance":
        paginator = Paginator(facts["ranked"], RESOURCES_PER_PAGE)

        def ranked_rows(number):
            ids = paginator.page(number).object_list
            found = {r.pk: r for r in for_cards(index_page.resources().filter(pk__in=list(ids)))}
            return [found[pk] for pk in ids if pk in found]

        page = lazy_page(paginator, request.GET.get("page"), ranked_rows)
    else:
        resources = narrowed(index_page.resources(), state, options, search_ids).order_by(*ORDERINGS[sort])
        paginator = ReversiblePaginator(for_cards(resources), RESOURCES_PER_PAGE, count=facts["count"])
        page = lazy_page(paginator, request.GET.get("page"))
    # Lazy: only the form's cached part (knowledge_bank_page.html) reads them.
    facets = SimpleLazyObject(
        lambda: {
            "types": facet(options, "types", facts["type"], state["type"]),
            "topics": facet(options, "topics", facts["topic"], state["topic"]),
            "authors": facet(options, "authors", facts["author"], [state["author"]]),
        }
    )
    return {
        "filter_form": form,
        "resources": page,
        "options": options,
        "facets": facets,
        "sort": sort,
        # What the cached form and cards are for: these filters and this order (and page).
        "form_key": f"{state_key(state)}:{sort}",
        "cards_key": f"{state_key(state)}:{sort}:{page.number}",
        "searching": bool(state["q"]),
        "active_filters": active_filters(request, state, options),
    }, 200
