"""The open project's costs, worked out when first asked for after each edit and shared.

The Budget tab, the task table's cost columns and the earned value widgets all read
the same ProjectCosts; the book forgets it whenever the document applies an edit, so
nobody reads costs of a project that has changed since. Qt-free.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from planner.core.cost import ProjectCosts, project_costs
from planner.store.document import Document


class CostBook:
    def __init__(self, document: Document) -> None:
        self.document = document
        self._costs: ProjectCosts | None = None
        document.subscribe(self._forget)

    def _forget(self, _changes) -> None:
        self._costs = None

    @property
    def costs(self) -> ProjectCosts:
        if self._costs is None or self._costs.schedule is not self.document.schedule:
            self._costs = project_costs(self.document.project, self.document.schedule)
        return self._costs


_BOOKS: WeakKeyDictionary[Document, CostBook] = WeakKeyDictionary()


def cost_book(document: Document) -> CostBook:
    """The one book of `document`."""
    book = _BOOKS.get(document)
    if book is None:
        book = _BOOKS[document] = CostBook(document)
    return book
