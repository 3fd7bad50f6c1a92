"""Checklists and audits as `planner checklists` prints them: a list for people, JSON for programs.

Gates are MS Project's task IDs (row numbers), as everywhere on the command line; a
checklist whose task was deleted has gate null and says "(deleted task)" in the table.
"""

from __future__ import annotations

from typing import Any

from planner.core.model.entities import Project
from planner.core.model.task_ids import TaskIds
from planner.core.model.wbs import Outline
from planner.core.quality.checking import items_of
from planner.core.quality.entities import Checklist, ChecklistItem
from planner.core.quality.gates import ChecklistProgress, GateWarning, gate_warnings, progress_by_checklist
from planner.core.quality.registers import CHECKLIST_ITEMS, CHECKLISTS
from planner.core.quality.templates import ChecklistTemplate

REQUIREMENT_WIDTH = 70


def checklists_dict(project: Project) -> dict[str, Any]:
    """`checklists` (each with its counts and items) and `gate_warnings`, as `--json` writes them."""
    ids = Outline.of(project).ids
    progress = progress_by_checklist(project)
    return {
        "checklists": [
            _checklist_entry(project, checklist, progress[checklist.id], ids)
            for checklist in (project.checklists[i] for i in sorted(project.checklists))
        ],
        "gate_warnings": [_warning_entry(project, warning, ids) for warning in gate_warnings(project)],
    }


def _gate(project: Project, task_id: int | None, ids: TaskIds) -> int | None:
    return ids.id_of(task_id) if task_id is not None and task_id in project.tasks else None


def _checklist_entry(project: Project, checklist: Checklist, counts: ChecklistProgress, ids: TaskIds) -> dict:
    passed = counts.percent_passed
    return {
        "id": checklist.id,
        "label": CHECKLISTS.label(checklist.id),
        "title": checklist.title,
        "gate": _gate(project, checklist.task_id, ids),
        "gate_name": project.tasks[checklist.task_id].name if checklist.task_id in project.tasks else None,
        "standard": checklist.standard or None,
        "auditor": checklist.auditor or None,
        "audit_date": checklist.audit_date.isoformat() if checklist.audit_date else None,
        "counts": {"open": counts.open, "pass": counts.passed, "fail": counts.failed, "na": counts.not_applicable},
        "percent_passed": None if passed is None else round(passed, 1),
        "cleared": counts.cleared,
        "items": [_item_entry(item) for item in items_of(project, checklist.id)],
    }


def _item_entry(item: ChecklistItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "label": CHECKLIST_ITEMS.label(item.id),
        "reference": item.reference or None,
        "requirement": item.requirement,
        "result": item.result.value,
        "evidence": item.evidence or None,
        "auditor": item.auditor or None,
        "checked": item.checked.isoformat() if item.checked else None,
        "notes": item.notes or None,
    }


def _warning_entry(project: Project, warning: GateWarning, ids: TaskIds) -> dict[str, Any]:
    return {
        "task": ids.id_of(warning.task_id),
        "task_name": project.tasks[warning.task_id].name,
        "checklist": CHECKLISTS.label(warning.checklist_id),
        "checklist_id": warning.checklist_id,
        "open": warning.open,
        "failed": warning.failed,
        "text": warning.text,
    }


def checklists_text(project: Project) -> str:
    """Each checklist with its gate and counts, then its items with their results; the warnings last."""
    data = checklists_dict(project)
    if not data["checklists"]:
        return "No checklists. Make one from a template: planner checklist-template FILE TEMPLATE --gate ID"
    lines: list[str] = []
    for entry in data["checklists"]:
        lines.extend(_checklist_lines(project, entry))
        lines.append("")
    warnings = data["gate_warnings"]
    if warnings:
        lines.append("Gate warnings:")
        lines.extend(f"  task {w['task']} {w['task_name']}: {w['text']}" for w in warnings)
    else:
        lines.append("No gate warnings: every gate's checklist is cleared.")
    return "\n".join(lines)


def _checklist_lines(project: Project, entry: dict[str, Any]) -> list[str]:
    checklist = project.checklists[entry["id"]]
    if entry["gate"] is not None:
        gate = f"gate {entry['gate']} {entry['gate_name']}"
    else:
        gate = "(deleted task)" if checklist.task_id is not None else "no gate"
    counts = entry["counts"]
    passed = "" if entry["percent_passed"] is None else f", {entry['percent_passed']:.0f}% passed"
    head = f"{entry['label']} {entry['title']}  [{gate}]"
    facts = ", ".join(x for x in (entry["standard"], entry["auditor"], entry["audit_date"]) if x)
    tally = f"{counts['pass']} pass, {counts['fail']} fail, {counts['open']} open, {counts['na']} n.a.{passed}"
    lines = [head, f"  {facts}" if facts else None, f"  {tally}"]
    for item in entry["items"]:
        requirement = item["requirement"]
        if len(requirement) > REQUIREMENT_WIDTH:
            requirement = requirement[: REQUIREMENT_WIDTH - 1] + "…"
        checked = f"  {item['checked']}" if item["checked"] else ""
        lines.append(f"  {item['result']:<5} {item['reference'] or '':<8} {requirement}{checked}")
    return [line for line in lines if line is not None]


def templates_dict(templates: dict[str, ChecklistTemplate]) -> dict[str, Any]:
    """`templates`: key, title, standard, description and item count, as `--list --json` writes them."""
    return {"templates": [_template_entry(t) for t in templates.values()]}


def _template_entry(template: ChecklistTemplate) -> dict[str, Any]:
    return {
        "key": template.key,
        "title": template.title,
        "standard": template.standard,
        "description": template.description,
        "items": len(template.items),
    }


def templates_text(templates: dict[str, ChecklistTemplate]) -> str:
    width = max(len(key) for key in templates)
    return "\n".join(f"{t.key:<{width}}  {t.title} ({len(t.items)} items): {t.description}" for t in templates.values())
