"""Why a typed value was not taken, in a note beside the cell, where the user is looking.

A QToolTip is not enough: a refusal arrives while the cell's editor closes, and the focus
moving back to the table hides a tooltip at once, so typing `abc` into Duration looked like
a silent revert. The note is a plain child of the table's viewport: it stays until it times
out, the user clicks, or the next refusal replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

SHOWN_MS = 8000
MAX_WIDTH = 420


class RefusalNote(QLabel):
    """A small red-bordered note under (or, at the bottom edge, above) the refused cell."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("refusalNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            "QLabel#refusalNote { background: #fff4e5; color: #5c1a00; border: 1px solid #c62828;"
            " border-radius: 3px; padding: 4px 6px; }"
        )
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        viewport.installEventFilter(self)

    def show_beside(self, cell: QRect, text: str) -> None:
        """Show `text` just under `cell` (viewport coordinates), kept inside the viewport."""
        viewport = self.parentWidget()
        self.setText(text)
        self.setFixedWidth(min(MAX_WIDTH, max(120, viewport.width() - 8)))
        self.adjustSize()
        x = max(2, min(cell.left(), viewport.width() - self.width() - 2))
        below = cell.bottom() + 3
        y = below if below + self.height() <= viewport.height() else max(0, cell.top() - self.height() - 3)
        self.move(QPoint(x, y))
        self.show()
        self.raise_()
        self._timer.start(SHOWN_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and self.isVisible():
            self.hide()
        return False
