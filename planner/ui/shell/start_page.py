"""What the window shows with no project open: start something, or pick up a recent file."""

from __future__ import annotations

from html import escape
from pathlib import Path
from time import monotonic

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self._last: tuple[QListWidgetItem | None, float] = (None, 0.0)
        title = QLabel("Planner", self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel("Plan and track IT projects. Every change is saved to the project file as you make it.", self)
        subtitle.setWordWrap(True)
        subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons = {
            "new": self._button(
                "&New project…", self.new_requested, "Start an empty project: name, start date, holidays"
            ),
            "open": self._button("&Open…", self.open_requested, "Open a .plandb project file"),
            "demo": self._button(
                "Open the &demo project",
                self.demo_requested,
                "A realistic IT project to explore; a fresh copy each time",
            ),
            "import": self._button(
                "&Import tasks…", self.import_requested, "Make a project from a CSV or Excel task list"
            ),
        }
        self.buttons["new"].setDefault(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        for position, key in enumerate(("new", "open", "demo", "import")):
            grid.addWidget(self.buttons[key], position // 2, position % 2)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentFiles")
        self.recent.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent.setUniformItemSizes(True)
        self.recent.itemActivated.connect(self._chosen)
        self.recent.itemClicked.connect(self._chosen)
        self.empty = QLabel("No recent projects yet.", self)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        recent_title = QLabel("Recent projects", self)
        bold = QFont(recent_title.font())
        bold.setBold(True)
        recent_title.setFont(bold)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(18)
        column.addLayout(grid)
        column.addSpacing(24)
        column.addWidget(recent_title)
        column.addWidget(self.recent)
        column.addWidget(self.empty)
        column.addStretch(2)
        body = QWidget(self)
        body.setLayout(column)
        body.setMaximumWidth(640)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addWidget(body, 3)
        row.addStretch(1)

    def _button(self, text: str, signal, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setMinimumHeight(button.sizeHint().height() + 10)
        button.clicked.connect(signal)
        return button

    def set_recent(self, paths: list[Path], names: dict[Path, str] | None = None) -> None:
        """The recent files, each by its project's name (the file name if not known) above its path."""
        self.recent.clear()
        names = names or {}
        for path in paths:
            item = QListWidgetItem(self.recent)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            title = names.get(path, path.stem)
            label = QLabel(f"<b>{escape(title)}</b><br><small>{escape(str(path))}</small>")
            label.setContentsMargins(8, 4, 8, 4)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            item.setSizeHint(QSize(label.sizeHint().width(), label.sizeHint().height() + 4))
            self.recent.setItemWidget(item, label)
        rows = sum(self.recent.sizeHintForRow(i) for i in range(min(self.recent.count(), 8)))
        self.recent.setFixedHeight(rows + 2 * self.recent.frameWidth() + 4)
        self.recent.setVisible(bool(paths))
        self.empty.setVisible(not paths)

    def _chosen(self, item: QListWidgetItem) -> None:
        """A click opens the file; the activation that may follow the same click is ignored."""
        now = monotonic()
        if item is self._last[0] and now - self._last[1] < 0.8:
            return
        self._last = (item, now)
        self.recent_chosen.emit(Path(item.data(PATH_ROLE)))
