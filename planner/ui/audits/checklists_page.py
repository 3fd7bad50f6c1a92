"""The Quality tab's Checklists page: checklists above with their progress, the current one's items below.

An auditor works down a checklist's items: types each result (pass, fail, n.a.; the
check is dated by the status date), pastes the evidence link, and sees the Result cells
turn green or red. There is no "pass all": each item is checked on its own. "New from
Template…" makes a checklist of a standard's controls on a gate in one step. A gate
whose checklist has open or failed items shows a warning in the Gantt; double-clicking
it comes here (the window's reveal), and the warning goes once every item is passed or
ruled not applicable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from planner.core.model.entities import Project
from planner.core.quality.checking import next_position
from planner.core.quality.registers import CHECKLIST_ITEMS, CHECKLISTS
from planner.core.quality.templates import checklist_from_template
from planner.exchange.checklist_templates import shipped_templates
from planner.ui.audits.checklist_models import ChecklistItemModel, ChecklistModel
from planner.ui.audits.evidence_links import EvidenceLinks
from planner.ui.audits.template_dialog import TemplateDialog
from planner.ui.registers.master_detail import MasterDetailPage
from planner.ui.registers.register_page import RegisterPage
from planner.ui.session import Session
from planner.ui.tabs import TabHost


class ChecklistRegister(RegisterPage):
    """The checklists, with Progress and a "New from Template…" button."""

    model_class = ChecklistModel

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(CHECKLISTS, session, host, parent)
        self.from_template = QPushButton("New from Template…", self.toolbar)
        self.from_template.setToolTip(
            "A checklist of a standard's controls (ISO/IEC 27001, GDPR, go-live, ...) on a gate"
        )
        self.from_template.clicked.connect(self.new_from_template)
        self.toolbar.layout().insertWidget(3, self.from_template)
        unit = self.table.fontMetrics().horizontalAdvance("0")
        self.table.horizontalHeader().resizeSection(self.model.column_of("standard"), 26 * unit)

    def new_from_template(self, dialog: TemplateDialog | None = None) -> int | None:
        """Ask for the template and gate, then make the checklist; returns its ID (None if cancelled)."""
        project = self.session.project
        current = self.table.current_record()
        gate = current.task_id if current is not None else None
        dialog = dialog or TemplateDialog(project, shipped_templates(), gate, self.host.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        template, gate, title, auditor = dialog.chosen()
        edit = self.session.attempt(
            lambda p: checklist_from_template(p, template, gate, title, auditor), self.table.report
        )
        if edit is None:
            return None
        checklist = edit.changes[0].after
        self.reveal(checklist.id)
        self.host.status(f"{CHECKLISTS.label(checklist.id)} {checklist.title}: {len(edit.changes) - 1} items, all open")
        return checklist.id


class ChecklistItemsPage(RegisterPage):
    """A checklist's items: results tinted, evidence opening on Ctrl+click or double-click, new ones at the end."""

    model_class = ChecklistItemModel

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        super().__init__(CHECKLIST_ITEMS, session, host, parent)
        self.links = EvidenceLinks(self.table, self.model.column_of("evidence"), host.status)
        self.table.set_column_shown("notes", True)  # why an item failed or is still open: the auditor's words
        unit = self.table.fontMetrics().horizontalAdvance("0")
        self.table.horizontalHeader().resizeSection(self.model.column_of("requirement"), 62 * unit)

    def new_values(self, project: Project) -> dict[str, Any]:
        values = {**super().new_values(project), "requirement": "New requirement"}
        values["position"] = next_position(project, values["checklist_id"])
        return values


class ChecklistsPage(MasterDetailPage):
    title = "&Checklists"

    def __init__(self, session: Session, host: TabHost, parent: QWidget | None = None) -> None:
        master = ChecklistRegister(session, host)
        super().__init__(master, [ChecklistItemsPage(session, host)], session, host, parent)
        self.checklists: ChecklistRegister = master
        self.items: ChecklistItemsPage = self.details[0]
        self.splitter.setSizes([260, 440])  # the items are what an auditor works in
