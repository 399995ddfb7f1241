"""A paginator whose last pages cost as little as its first.

OFFSET makes the database walk past every skipped row, so with 100,000
articles the last page of a newest-first list would read the whole index.
Pages past the middle are read from the other end instead, in reverse order
with the smaller offset, and turned round: the deepest page visitors actually
reach (the last) is then as cheap as the first.

That leaves the middle, at half the list. Given landmarks (an object with a
`step` and a `seek(position)` that returns the rows from the nearest landmark
at or before `position` and how many of them to skip), pages far from both
ends are read from the landmark instead: the offset never exceeds `step`,
whatever the length of the list.
"""

from collections.abc import Sequence

from django.core.paginator import Page, Paginator


class RowsWhenUsed(Sequence):
    """The page's rows, read only when something asks for them (as a sliced QuerySet would be).

    A page whose cards come from the cache then costs no query for its rows, at either end.
    """

    def __init__(self, read):
        self._read = read
        self._rows = None

    def _loaded(self):
        if self._rows is None:
            self._rows = self._read()
        return self._rows

    def __getitem__(self, index):
        return self._loaded()[index]

    def __len__(self):
        return len(self._loaded())


class ReversiblePaginator(Paginator):
    def __init__(self, object_list, per_page, *, count=None, landmarks=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.landmarks = landmarks
        if count is not None:
            # A count known already (cached) saves counting the whole list again.
            self.count = count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if self.landmarks and min(bottom, self.count - top) >= self.landmarks.step:
            return Page(RowsWhenUsed(lambda: self._from_landmark(bottom, top)), number, self)
        if bottom <= self.count // 2:
            return super().page(number)
        return Page(RowsWhenUsed(lambda: self._from_the_end(bottom, top)), number, self)

    def _from_landmark(self, bottom, top):
        rows, skip = self.landmarks.seek(bottom)
        return list(rows[skip : skip + top - bottom])

    def _from_the_end(self, bottom, top):
        # A QuerySet's reverse() flips every ordering term, the tie-breaker too.
        tail = list(self.object_list.reverse()[self.count - top : self.count - bottom])
        tail.reverse()
        return tail
