"""The strip above the Gantt tab: which tasks to show, and a search field (Ctrl+F)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from planner.ui.gantt.table.task_proxy import TaskFilter, TaskProxy


class SearchField(QLineEdit):
    """Enter or Down goes to the first task found; Escape clears the search."""

    def __init__(self, parent: QWidget, on_enter) -> None:
        super().__init__(parent)
        self._on_enter = on_enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self._on_enter()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    def __init__(self, proxy: TaskProxy, on_enter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.kind = QComboBox(self)
        for kind in TaskFilter:
            self.kind.addItem(kind.value, kind)
        self.kind.currentIndexChanged.connect(lambda _i: proxy.set_filter(kind=self.kind.currentData()))
        self.search = SearchField(self, on_enter)
        self.search.setPlaceholderText("Find tasks by name or ID  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: proxy.set_filter(text=text))
        label = QLabel("&Show:", self)
        label.setBuddy(self.kind)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(label)
        layout.addWidget(self.kind)
        layout.addSpacing(8)
        layout.addWidget(self.search, 1)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_kind(self, kind: TaskFilter) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
