"""The defect log as `planner defects` prints it: a table for people, JSON for programs.

"Found in" is the task's MS Project ID (its row number), as everywhere on the command
line; a defect found in a task since deleted keeps its place in the log with no ID.
The figures (open by severity, ageing) are core.quality.metrics' as of the status
date, or today without one, the same the dashboard and the Defects page show.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.core.quality.entities import Defect
from planner.core.quality.metrics import quality_figures, status_day
from planner.core.quality.registers import DEFECTS
from planner.core.records.edits import records

TITLE_WIDTH = 38


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def defects_dict(project: Project, today: date) -> dict[str, Any]:
    """`defects`, `open_by_severity`, `ageing`, `figures` and `day`, as `planner defects --json` writes them."""
    ids = Outline.of(project).ids
    figures = quality_figures(project, status_day(project, today)).as_dict()
    return {
        "defects": [_entry(defect, project, ids) for defect in records(project, DEFECTS)],
        "open_by_severity": figures["open_by_severity"],
        "ageing": figures["ageing"],
        "figures": figures,
        "day": figures["day"],
    }


def _entry(defect: Defect, project: Project, ids) -> dict[str, Any]:
    task = project.tasks.get(defect.task_id) if defect.task_id is not None else None
    return {
        "id": defect.id,
        "label": DEFECTS.label(defect.id),
        "title": defect.title,
        "kind": defect.kind.value,
        "severity": defect.severity.value,
        "priority": defect.priority.value,
        "status": defect.status.value,
        "found_in": ids.id_of(task.id) if task is not None else None,
        "owner": defect.owner or None,
        "found": _day(defect.found),
        "fixed": _day(defect.fixed),
        "closed": _day(defect.closed),
        "resolution": defect.resolution or None,
    }


def defects_table(project: Project, today: date) -> str:
    """The log in fixed-width columns, in ID order, with the open figures and the ageing below."""
    ids = Outline.of(project).ids
    log = records(project, DEFECTS)
    header = (
        f"{'ID':<5} {'Title':<{TITLE_WIDTH}} {'Kind':<14} {'Severity':<9} {'Priority':<8} {'Status':<12}"
        f"{'Found in':>8}  {'Owner':<16} {'Found':<10} {'Closed':<10}"
    )
    out = [f"{project.name}: {len(log)} entr{'ies' if len(log) != 1 else 'y'} in the defect log", header]
    out.append("-" * len(header))
    for d in log:
        title = d.title if len(d.title) <= TITLE_WIDTH else d.title[: TITLE_WIDTH - 1] + "…"
        task = project.tasks.get(d.task_id) if d.task_id is not None else None
        found_in = str(ids.id_of(task.id)) if task is not None else ("gone" if d.task_id is not None else "")
        out.append(
            f"{DEFECTS.label(d.id):<5} {title:<{TITLE_WIDTH}} {d.kind.value:<14} {d.severity.value:<9} "
            f"{d.priority.value:<8} {d.status.value:<12}{found_in:>8}  {d.owner[:16]:<16} "
            f"{_day(d.found) or '':<10} {_day(d.closed) or '':<10}"
        )
    figures = quality_figures(project, status_day(project, today))
    by_severity = ", ".join(f"{n} {s.value}" for s, n in figures.open_by_severity.items())
    out.append(f"Open defects on {figures.day}: {figures.open} ({by_severity}); {figures.awaiting} fixed, not closed")
    ageing = "; ".join(f"{bucket} days: {sum(row.values())}" for bucket, row in figures.ageing.items())
    out.append(f"Ageing of open defects: {ageing}")
    return "\n".join(out)
