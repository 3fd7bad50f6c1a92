"""File > Import Project File's report: what the other tool's file became, and what it could not carry.

Shown after the import job has read the file and before anything is written: the
project's name and start, what was carried (tasks, links, resources, ...) and one line
for each thing that was not (work contours, custom fields, ...), so nothing is dropped
without the PM seeing it. Accepting asks where to save the new .plandb file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from planner.core.model.dates import when
from planner.exchange.import_summary import carried_text
from planner.exchange.project_formats import ProjectImport


class ProjectImportDialog(QDialog):
    """The import report of one file, with Save As… and Cancel."""

    def __init__(self, source: Path, found: ProjectImport, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import {label}")
        project = found.project
        self.summary = QLabel(
            f"<b>{_escaped(project.name)}</b>, from {_escaped(source.name)}, starts {when(project.start)}."
            f"<br>Carried: {carried_text(project)}."
        )
        self.summary.setWordWrap(True)
        self.not_carried = QListWidget()
        self.not_carried.addItems(found.not_carried)
        if found.not_carried:
            count = len(found.not_carried)
            heading = f"Not carried as the file has it ({count}), and what Planner does instead:"
        else:
            heading = "Everything in the file was carried."
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton("&Save as Planner Project…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.heading)
        layout.addWidget(self.not_carried, 1)
        self.not_carried.setVisible(bool(found.not_carried))
        layout.addWidget(buttons)
        self.resize(640, 380 if found.not_carried else 160)

    def lines(self) -> list[str]:
        """The not-carried lines as the list shows them."""
        return [self.not_carried.item(i).text() for i in range(self.not_carried.count())]


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
