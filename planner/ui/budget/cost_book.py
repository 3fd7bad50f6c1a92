"""The open project's costs, worked out when first asked for after each edit and shared.

The Budget tab, the task table's cost columns and the earned value widgets all read
the same ProjectCosts; the book forgets it whenever the document applies an edit, so
nobody reads costs of a project that has changed since. Qt-free.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from planner.core.cost import ProjectCosts
from planner.core.cost.tracker import CostTracker
from planner.core.edits.changes import Changes
from planner.store.document import Document


class CostBook:
    def __init__(self, document: Document) -> None:
        self.document = document
        self._costs: ProjectCosts | None = None
        self._tracker = CostTracker()  # prices again only what an edit changed
        self._pending: Changes | None = None  # what the edits since the last costs touched
        document.subscribe(self._forget, first=True)  # before the views that read it hear of the edit

    def _forget(self, changes: Changes) -> None:
        self._costs = None
        if self._pending is None:
            self._pending = Changes()
        self._pending.merge(changes)

    @property
    def costs(self) -> ProjectCosts:
        if self._costs is None or self._costs.schedule is not self.document.schedule:
            pending, self._pending = self._pending, None
            self._costs = self._tracker.costs(self.document.project, self.document.schedule, pending)
        return self._costs


_BOOKS: WeakKeyDictionary[Document, CostBook] = WeakKeyDictionary()


def cost_book(document: Document) -> CostBook:
    """The one book of `document`."""
    book = _BOOKS.get(document)
    if book is None:
        book = _BOOKS[document] = CostBook(document)
    return book
