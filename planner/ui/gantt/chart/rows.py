"""The rows the tree shows, read from the tree itself so the chart lines up with it row for row.

The tree knows what is expanded, filtered, sorted and how tall each row is; asking
it (indexAt, indexBelow, visualRect) for the rows in view costs a few calls per
visible row, whatever the size of the project (KD Gantt's view does the same).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtWidgets import QTreeView

from planner.ui.gantt.chart.geometry import RowSlot
from planner.ui.gantt.roles import TaskIdRole


@dataclass(frozen=True)
class VisibleRow:
    index: QModelIndex  # column 0 of the tree's (possibly proxy) model; valid until the model changes
    slot: RowSlot


def first_visible_index(tree: QTreeView) -> QModelIndex:
    """The index at the top of the tree's viewport, whichever column is at x = 0."""
    index = tree.indexAt(QPoint(0, 0))
    if not index.isValid():
        header = tree.header()
        for logical in range(header.count()):
            if not header.isSectionHidden(logical) and header.sectionSize(logical) > 0:
                index = tree.indexAt(QPoint(header.sectionViewportPosition(logical) + 1, 0))
                break
    return index


def visible_rows(tree: QTreeView, height: int) -> list[VisibleRow]:
    """Rows whose band lies within the first `height` pixels of the tree's viewport, top to bottom."""
    rows: list[VisibleRow] = []
    index = first_visible_index(tree)
    while index.isValid():
        rect = tree.visualRect(index)
        if rect.top() >= height:
            break
        first = index.siblingAtColumn(0)
        task_id = first.data(TaskIdRole)
        if task_id is not None:
            rows.append(VisibleRow(first, RowSlot(int(task_id), rect.top(), rect.height())))
        index = tree.indexBelow(index)
    return rows


def row_at(rows: list[VisibleRow], y: float) -> VisibleRow | None:
    for row in rows:
        if row.slot.top <= y < row.slot.top + row.slot.height:
            return row
    return None


class ShownRows:
    """Whether the tree shows a task's row at all (scrolled out of view counts as shown): not filtered
    away, not under a collapsed summary. Asked for links' far ends; remembered until `forget`, which
    the chart calls when the tree expands, collapses or its rows change. Whether a summary's subtree
    is open is worked out once per summary, so a task costs one index lookup."""

    def __init__(
        self, tree: QTreeView, index_of: Callable[[int], QModelIndex | None], parent_of: Callable[[int], int | None]
    ) -> None:
        self.tree = tree
        self.index_of = index_of
        self.parent_of = parent_of
        self._known: dict[int, bool] = {}
        self._open: dict[int, bool] = {}  # summary id -> it and every summary above it are expanded

    def forget(self, *_args: object) -> None:
        self._known.clear()
        self._open.clear()

    def __call__(self, task_id: int) -> bool:
        found = self._known.get(task_id)
        if found is None:
            index = self.index_of(task_id)
            parent = self.parent_of(task_id)
            found = index is not None and index.isValid() and (parent is None or self._is_open(parent))
            self._known[task_id] = found
        return found

    def _is_open(self, summary_id: int) -> bool:
        found = self._open.get(summary_id)
        if found is None:
            index = self.index_of(summary_id)
            parent = self.parent_of(summary_id)
            found = bool(index is not None and index.isValid() and self.tree.isExpanded(index))
            found = found and (parent is None or self._is_open(parent))
            self._open[summary_id] = found
        return found
