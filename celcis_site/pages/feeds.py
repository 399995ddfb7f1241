"""IndexPageFeed: a syndication feed of an index page's items, with the request kept for their addresses."""

from django.contrib.syndication.views import Feed


class IndexPageFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self):
        return self.index_page.get_url(self.request)

    def item_link(self, item):
        return item.get_url(self.request)
