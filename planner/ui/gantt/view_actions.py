"""The Gantt tab's View menu: zoom the chart, go to the selected task, critical path, columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from planner.ui.gantt.dialogs.column_chooser import ColumnChooser
from planner.ui.gantt.tab import GanttTab

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


class ViewActions(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.tab: GanttTab | None = None
        key = QKeySequence.StandardKey
        # Ctrl++ needs Shift on most keyboards; Ctrl+= is the same key without it (as in browsers and Office).
        zoom_in_keys = [QKeySequence(key.ZoomIn), QKeySequence(Ctrl | Qt.Key.Key_Equal)]
        self.zoom_in = self._action("Zoom &In", lambda t: t.chart.zoom_in(), zoom_in_keys)
        self.zoom_out = self._action("Zoom &Out", lambda t: t.chart.zoom_out(), [QKeySequence(key.ZoomOut)])
        self.fit = self._action(
            "Zoom to &Fit Project", lambda t: t.chart.zoom_to_fit(), [QKeySequence(Ctrl | Shift | Qt.Key.Key_F)]
        )
        self.go_to = self._action("&Go to Selected Task", self._go_to, [QKeySequence(Ctrl | Shift | Qt.Key.Key_G)])
        self.critical = self._action("&Critical Path", self._critical, [])
        self.critical.setCheckable(True)
        self.critical.setChecked(True)
        self.critical.setStatusTip("Show critical tasks in red in the chart")
        self.columns = self._action("Co&lumns…", self._columns, [])

    def _action(self, text: str, slot: Callable[[GanttTab], None], keys: list[QKeySequence]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: self.tab is not None and slot(self.tab))
        return action

    @property
    def all(self) -> list[QAction]:
        return [self.zoom_in, self.zoom_out, self.fit, self.go_to, self.critical, self.columns]

    def bind(self, tab: GanttTab | None) -> None:
        self.tab = tab
        if tab is not None:
            tab.chart.set_show_critical(self.critical.isChecked())

    def menu_entries(self) -> list[QAction | None]:
        """The View menu's entries (None is a separator)."""
        return [self.zoom_in, self.zoom_out, self.fit, None, self.go_to, self.critical, None, self.columns]

    def _go_to(self, tab: GanttTab) -> None:
        task_id = tab.table.current_task_id()
        if task_id is not None:
            tab.table.select_task(task_id, tab.table.currentIndex().column())
            tab.chart.scroll_to_task(task_id)

    def _critical(self, tab: GanttTab) -> None:
        tab.chart.set_show_critical(self.critical.isChecked())

    def _columns(self, tab: GanttTab) -> None:
        ColumnChooser(tab.table.header(), self.window).exec()
