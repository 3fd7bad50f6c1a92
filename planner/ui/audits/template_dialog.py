"""New Checklist from Template: pick a template (ISO/IEC 27001, GDPR, go-live, ...) and the gate it checks.

The gate list offers milestones first (gates usually are), then every other task, by
row ID and name as the table shows them. Its title starts as the template's; the
checklist and all its items are made in one edit (one undo takes them away).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.core.quality.templates import ChecklistTemplate

NO_GATE = "(no gate)"


class TemplateDialog(QDialog):
    def __init__(self, project: Project, templates: dict[str, ChecklistTemplate], gate: int | None, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle("New Checklist from Template")
        # the standards first (an audit is what a gate usually needs), then the team's own lists
        self.templates = sorted(templates.values(), key=lambda t: (t.standard.startswith("Internal"), t.title))
        self.template = QComboBox(self)
        for template in self.templates:
            self.template.addItem(f"{template.title} ({len(template.items)} items)")
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.gate = QComboBox(self)
        self.gate_ids: list[int | None] = []
        self._fill_gates(project, gate)
        self.title = QLineEdit(self)
        self.auditor = QLineEdit(self)
        self.auditor.setPlaceholderText("Who audits it (optional)")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Template:", self.template)
        form.addRow("", self.about)
        form.addRow("&Gate or deliverable:", self.gate)
        form.addRow("T&itle:", self.title)
        form.addRow("&Auditor:", self.auditor)
        form.addRow(buttons)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self._template_chosen(0)
        self.resize(560, self.sizeHint().height())

    def _fill_gates(self, project: Project, chosen: int | None) -> None:
        outline = Outline.of(project)
        ids = outline.ids
        order = list(outline.rows())
        milestones = [t for t in order if project.tasks[t].milestone]
        others = [t for t in order if not project.tasks[t].milestone]
        self.gate.addItem(NO_GATE)
        self.gate_ids.append(None)
        for task_id in milestones + others:
            self.gate.addItem(f"{ids.id_of(task_id)} {project.tasks[task_id].name}")
            self.gate_ids.append(task_id)
        if chosen is not None and chosen in self.gate_ids:
            self.gate.setCurrentIndex(self.gate_ids.index(chosen))
        elif milestones:
            self.gate.setCurrentIndex(1)

    def _template_chosen(self, index: int) -> None:
        template = self.templates[index]
        self.about.setText(
            f"{template.standard} — {template.description}" if template.standard else template.description
        )
        self.title.setText(template.title)

    def chosen(self) -> tuple[ChecklistTemplate, int | None, str, str]:
        """The template, the gate's Unique ID (or None), the title and the auditor."""
        template = self.templates[self.template.currentIndex()]
        return template, self.gate_ids[self.gate.currentIndex()], self.title.text(), self.auditor.text()
