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


def shown_in(tree: QTreeView, index_of: Callable[[int], QModelIndex | None]) -> Callable[[int], bool]:
    """Whether the tree shows a task's row at all (scrolled out of view counts as shown): not
    filtered away, and not under a collapsed summary. Asked only for links' far ends."""

    def shown(task_id: int) -> bool:
        index = index_of(task_id)
        if index is None or not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            if not tree.isExpanded(parent):
                return False
            parent = parent.parent()
        return True

    return shown
