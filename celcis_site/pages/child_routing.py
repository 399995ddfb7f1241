"""ChildRoutingInOneQuery: an index page finds the child a visitor asked for in one query.

Wagtail routes /<index>/<slug>/ by fetching the child as a plain Page, then again as
its specific type, then each image or related row its page shows, one by one. An
index whose children are all of one type (articles, events, people) names the query
that finds them with what their pages show (`routed_children`), and a child costs one
query. The index's own routes (RoutablePageMixin: feed/, past/) are tried first.
"""

from django.http import Http404


class ChildRoutingInOneQuery:
    # What a visitor's 404 says when no child has the slug.
    child_not_found = "No page has that address."

    def routed_children(self):
        """This page's children, with `select_related` for what their pages show."""
        raise NotImplementedError

    def route(self, request, path_components):
        if path_components and self.live and not self._is_own_route(path_components):
            child = self.routed_children().filter(slug=path_components[0]).first()
            if child is None:
                raise Http404(self.child_not_found)
            return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def _is_own_route(self, path_components):
        resolve_subpage = getattr(self, "resolve_subpage", None)
        if resolve_subpage is None:
            return False
        try:
            resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True
