"""Opening an item's evidence: Ctrl+click or double-click on its Evidence cell, as a link in a spreadsheet.

Evidence is a web link or a path to a file (a report on a share). A double-click opens it
rather than editing the cell (F2 or typing still edits). What "open" does is the
desktop's: the browser, or the program that opens that kind of file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QMouseEvent
from PySide6.QtWidgets import QTableView

from planner.ui.registers.record_model import RecordRole


def evidence_url(text: str) -> QUrl:
    """A link as typed ("https://...", "file:///...") or a path (`\\\\server\\audit\\report.pdf`, `~/x.pdf`)."""
    text = text.strip()
    if "://" in text or text.lower().startswith("mailto:"):
        return QUrl(text)
    return QUrl.fromLocalFile(str(Path(text).expanduser()))


def open_link(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class EvidenceLinks(QObject):
    """Watches `table`'s clicks; `column` is the Evidence column of its source model."""

    def __init__(self, table: QTableView, column: int, status) -> None:
        super().__init__(table)
        self.table, self.column, self.status = table, column, status
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        double = event.type() == QEvent.Type.MouseButtonDblClick
        press = event.type() == QEvent.Type.MouseButtonPress
        if not (double or press) or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if press and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        index = self.table.indexAt(event.position().toPoint())
        if not index.isValid() or self.table.model().mapToSource(index).column() != self.column:
            return False
        evidence = index.data(RecordRole).evidence
        if not evidence:
            return False
        url = evidence_url(evidence)
        if not open_link(url):
            self.status(f"Could not open {evidence}: no program opens it here", True)
        else:
            self.status(f"Opened {evidence}", False)
        return True
