"""Sorting and filtering of the task table without touching the stored WBS order.

Sorting happens within each summary; clearing the sort (a third click on the
header) shows the WBS order again. A filter keeps the summaries of the tasks it
shows (recursive filtering), as MS Project does. While neither is active the
proxy passes rows straight through, so the common case costs nothing per edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from planner.ui.gantt.table.columns import COLUMNS
from planner.ui.gantt.table.facts import TaskFacts
from planner.ui.gantt.table.task_model import ENTRY, TaskModel

Index = QModelIndex | QPersistentModelIndex


class TaskFilter(StrEnum):
    ALL = "All tasks"
    CRITICAL = "Critical tasks"
    LATE = "Late against deadline"
    MILESTONES = "Milestones"
    THIS_WEEK = "Due this week"


SCHEDULE_FILTERS = (TaskFilter.CRITICAL, TaskFilter.LATE, TaskFilter.THIS_WEEK)


def _week_of(day: date) -> tuple[datetime, datetime]:
    monday = datetime.combine(day - timedelta(days=day.weekday()), datetime.min.time())
    return monday, monday + timedelta(days=7)


def _test(kind: TaskFilter, today: date) -> Callable[[TaskFacts, int], bool]:
    """Whether a task passes the filter; summaries pass only through their subtasks."""
    if kind is TaskFilter.CRITICAL:
        return lambda f, t: not f.is_summary(t) and f.dates(t).critical
    if kind is TaskFilter.LATE:
        return lambda f, t: f.dates(t).late_against_deadline
    if kind is TaskFilter.MILESTONES:
        return lambda f, t: f.task(t).milestone
    if kind is TaskFilter.THIS_WEEK:
        begin, end = _week_of(today)
        return lambda f, t: (
            not f.is_summary(t) and f.dates(t).percent_complete < 100 and begin <= f.dates(t).finish < end
        )
    return lambda f, t: True


class TaskProxy(QSortFilterProxyModel):
    def __init__(self, model: TaskModel, parent=None) -> None:
        super().__init__(parent)
        self.today: Callable[[], date] = date.today
        self._kind = TaskFilter.ALL
        self._text = ""
        self._accepts: Callable[[TaskFacts, int], bool] | None = None
        self._pinned: set[int] = set()  # new tasks, shown whatever the filter until it is set again
        self.setSourceModel(model)
        model.scheduleChanged.connect(self._schedule_changed)
        model.adding.connect(self.pin)
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(False)

    @property
    def task_model(self) -> TaskModel:
        model = self.sourceModel()
        assert isinstance(model, TaskModel)
        return model

    @property
    def kind(self) -> TaskFilter:
        return self._kind

    @property
    def text(self) -> str:
        return self._text

    @property
    def active(self) -> bool:
        return self._accepts is not None or self.sortColumn() >= 0

    def pin(self, task_id: int) -> None:
        """Keep a task shown whatever the filter says, until the filter is set again (MS Project
        shows a task inserted under a filter until the filter is reapplied). Call before the
        task's row arrives, so the filter never hides it and the cursor can go to it."""
        self._pinned.add(task_id)

    def set_filter(self, kind: TaskFilter | None = None, text: str | None = None) -> None:
        """Show only the tasks of `kind` whose name (or ID) contains `text`."""
        self._kind = self._kind if kind is None else TaskFilter(kind)
        self._text = self._text if text is None else text.strip()
        self._pinned.clear()
        self.beginFilterChange()
        self._accepts = self._make_test()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.setDynamicSortFilter(self.active)

    def reference_day(self) -> date:
        """The day "this week" is measured from: the status date when the project has one (MS Project), else today."""
        status = self.task_model.facts.project.status_date
        return status.date() if status is not None else self.today()

    def _make_test(self) -> Callable[[TaskFacts, int], bool] | None:
        if self._kind is TaskFilter.ALL and not self._text:
            return None
        kind_test = _test(self._kind, self.reference_day())
        needle = self._text.lower()
        if not needle:
            return kind_test
        return lambda f, t: kind_test(f, t) and (needle in f.task(t).name.lower() or needle == str(f.row_id(t)))

    def _schedule_changed(self) -> None:
        """Dates moved: sort and filter again if either depends on them (nothing to do otherwise)."""
        by_date = self.sortColumn() >= 0 and COLUMNS[self.sortColumn()].schedule
        if by_date or self._kind in SCHEDULE_FILTERS:
            self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accepts = self._accepts
        if accepts is None:
            return True
        model = self.task_model
        task_id = model.index(source_row, 0, source_parent).internalId()
        return task_id == ENTRY or task_id in self._pinned or accepts(model.facts, task_id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        super().sort(column, order)
        self.setDynamicSortFilter(self.active)

    def lessThan(self, left: Index, right: Index) -> bool:
        """By the column's key, ties by Unique ID; the entry row stays last in either direction."""
        if ENTRY in (left.internalId(), right.internalId()):
            entry_is_right = right.internalId() == ENTRY
            return entry_is_right == (self.sortOrder() == Qt.SortOrder.AscendingOrder)
        column = COLUMNS[left.column()]
        facts = self.task_model.facts
        key = column.sort_key or column.text
        a, b = key(facts, left.internalId()), key(facts, right.internalId())
        if a == b:
            return left.internalId() < right.internalId()
        return a < b
