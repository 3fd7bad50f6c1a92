"""The report's Quality section: open defects by severity and the gates whose checklist is not
all passed, as the dashboard's quality tile counts them (planner.core.status)."""

from __future__ import annotations

from planner.core.report.facts import StatusFacts
from planner.core.status.rating import Rag
from planner.exchange.report.pages import GREY, SIGN_COLOURS, Column, Pages

NOTHING = 8.5


def quality(pages: Pages, facts: StatusFacts) -> None:
    status = facts.assessment
    pages.heading("Quality")
    if status.quality.rag is Rag.NA:
        pages.paragraph("No defects or checklists are logged yet (the Quality tab).", size=NOTHING, colour=GREY)
        return
    counts = status.open_defects
    pages.paragraph(f"Open defects: {sum(counts.values())}", bold=True)
    pages.table(
        [Column(severity.value.capitalize(), 124.75, "right") for severity in counts],
        [[str(count) for count in counts.values()]],
    )
    if not status.gate_warnings:
        pages.paragraph("No gate has failed or unchecked checklist items.", size=NOTHING, colour=GREY)
        return
    pages.paragraph("Gate warnings", bold=True)
    pages.table(
        [Column("Checklist", 200, wrap=True), Column("Gate", 199, wrap=True), Column("Failed", 50, "right"),
         Column("Open", 50, "right")],
        [[w.title, f"{facts.rows.get(w.task_id, '')} {w.gate}".strip(), str(w.failed),
          str(w.open)] for w in status.gate_warnings],
        marks=[SIGN_COLOURS["red"] if w.failed else None for w in status.gate_warnings],
    )  # fmt: skip
