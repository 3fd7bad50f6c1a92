"""Task information (Shift+F2, or a double-click on the ID): every field of one task.

OK makes ONE edit of everything changed, so one Ctrl+Z takes the whole dialog back.
A refused value keeps the dialog open with the reason under the tabs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from planner.core.edits import link_edits
from planner.core.edits.compose import Builder, compose
from planner.core.model.entities import Project
from planner.ui.gantt.dialogs.link_table import LinkRow, LinkTable
from planner.ui.gantt.dialogs.task_info_pages import AdvancedPage, GeneralPage, NotesPage
from planner.ui.gantt.table.signs import warning_color
from planner.ui.session import Session


class TaskInfoDialog(QDialog):
    def __init__(self, session: Session, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        project, schedule = session.project, session.schedule
        self.session = session
        self.task_id = task_id
        self.ids = ids = schedule.outline.ids
        self.setWindowTitle(f"Task information — {ids.id_of(task_id)} {project.tasks[task_id].name}")
        self.general = GeneralPage(project, schedule, task_id, self)
        incoming = [k for k in project.links.values() if k.successor_id == task_id]
        outgoing = [k for k in project.links.values() if k.predecessor_id == task_id]
        self.predecessors = LinkTable(project, ids, incoming, "predecessor_id", self)
        self.successors = LinkTable(project, ids, outgoing, "successor_id", self)
        self._links_before = (self.predecessors.rows(), self.successors.rows())
        self.advanced = AdvancedPage(project, schedule, task_id, self)
        self.notes = NotesPage(project, task_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.general, "&General")
        self.tabs.addTab(self._links_page(), "P&redecessors")
        self.tabs.addTab(self.advanced, "Ad&vanced")
        self.tabs.addTab(self.notes, "&Notes")
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {warning_color(self.palette()).name()};")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, 440)

    def _links_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("Predecessors (this task follows them):", page))
        layout.addWidget(self.predecessors, 1)
        layout.addWidget(QLabel("Successors (they follow this task):", page))
        layout.addWidget(self.successors, 1)
        return page

    def builders(self) -> list[Builder]:
        """What each page changed, predecessors and successors included; InputError on a bad row."""
        found = self.general.builders()
        preds, succs = self.predecessors.rows(), self.successors.rows()
        if (preds, succs) != self._links_before:
            found.append(self._predecessors_builder(preds))
            found.extend(self._successor_builders(succs))
        return found + self.advanced.builders() + self.notes.builders()

    def _predecessors_builder(self, rows: list[LinkRow]) -> Builder:
        text = ";".join(f"{r.task_id}{r.type.value}{r.lag_text}" for r in rows)
        return lambda p: link_edits.set_predecessors(p, self.task_id, text)

    def _successor_builders(self, rows: list[LinkRow]) -> list[Builder]:
        """Builders for the Successors list; its row IDs are those the table showed when the dialog opened."""
        t = self.task_id
        uids = [self.ids.uid_or_refuse(r.task_id) for r in rows]
        wanted = set(uids)

        def drop_gone(p: Project):
            gone = [k.successor_id for k in p.links.values() if k.predecessor_id == t and k.successor_id not in wanted]
            return compose(p, "Unlink", [lambda q, s=s: link_edits.unlink(q, [t, s]) for s in gone])

        adds = [
            lambda p, r=r, u=u: link_edits.add_link(p, t, u, r.type, r.lag(p.units))
            for r, u in zip(rows, uids, strict=True)
        ]
        return [drop_gone, *adds]

    def edit(self):
        """The one edit of everything changed (None if nothing was); raises PlannerError."""
        return compose(self.session.project, "Task information", self.builders())

    def accept(self) -> None:
        """OK: the one edit, or the dialog stays open with the reason under the tabs."""
        refusals: list[str] = []
        self.session.attempt(lambda _project: self.edit(), refusals.append)
        if refusals:
            self.problem.setText(refusals[0])
            self.problem.show()
            return
        super().accept()
