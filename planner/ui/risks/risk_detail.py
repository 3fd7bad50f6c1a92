"""Under the register: the current risk's long fields (statement, plans, trigger, tasks, notes), read-only.

They are edited in Risk Information (double-click the ID, or Shift+F2), where a
paragraph has room; the pane shows them so that reading a risk needs no dialog.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.core.risk.edits import linked_tasks
from planner.core.risk.scales import project_scales
from planner.core.risk.scoring import emv, score


class RiskDetail(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskDetail")
        self.setOpenLinks(False)
        self.setPlaceholderText("Select a risk to read its statement, plans and linked tasks here.")

    def show_risk(self, project: Project, risk_id: int | None) -> None:
        risk = project.risks.get(risk_id) if risk_id is not None else None
        if risk is None:
            self.clear()
            return
        ids = Outline.of(project).ids
        scales = project_scales(project)

        def tasks(response: bool) -> str:
            found = [t for t in linked_tasks(project, risk.id, response) if t in project.tasks]
            return ", ".join(f"{ids.id_of(t)} {escape(project.tasks[t].name)}" for t in found) or "none"

        statement = " ".join(
            part
            for part in (
                f"<i>Because</i> {escape(risk.cause)}," if risk.cause else "",
                f"<i>{escape(risk.event)}</i>," if risk.event else "",
                f"<i>leading to</i> {escape(risk.effect)}." if risk.effect else "",
            )
            if part
        )
        rows = [
            ("Risk", statement or "<i>no cause, event or effect written yet</i>"),
            ("Score", f"{score(risk, scales)} (EMV {emv(risk):,.0f} {escape(project.currency)})"),
            ("Response plan", escape(risk.response_plan) or "—"),
            ("Contingency plan", escape(risk.contingency_plan) or "—"),
            ("Trigger", escape(risk.trigger) or "—"),
            ("Bears on", tasks(False)),
            ("Response tasks", tasks(True)),
            ("Notes", escape(risk.notes).replace("\n", "<br>") or "—"),
        ]
        body = "".join(
            f"<tr><td style='padding-right:10px; color:#555'><b>{name}</b></td><td>{text}</td></tr>"
            for name, text in rows
        )
        self.setHtml(f"<h3 style='margin:0'>R{risk.id} {escape(risk.title)}</h3><table>{body}</table>")
