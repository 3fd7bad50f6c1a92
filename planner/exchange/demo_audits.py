"""The demo's checklists and audits, read from `resources/demo/portal-audits.toml` (its header gives the schema).

Every value is read as the Checklists page reads a typed one (core.records.values), so a
mistake in the file is reported with the checklist and item it is in. A checklist may
start from a shipped template (resources/checklists), as "New from template…" makes one.
"""

from __future__ import annotations

import tomllib
from importlib.resources import files
from typing import Any

from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.quality.entities import Checklist, ChecklistItem
from planner.core.quality.registers import CHECKLIST_ITEMS, CHECKLISTS
from planner.core.quality.templates import checklist_from_template, template_named
from planner.core.records.edits import check_record
from planner.core.records.values import parse, task_named
from planner.exchange.checklist_templates import shipped_templates

DEMO_AUDITS_FILE = "portal-audits.toml"
CHECKLIST_KEYS = {"title", "gate", "standard", "auditor", "audit_date", "notes", "template", "items"}
ITEM_KEYS = {"reference", "requirement", "result", "evidence", "auditor", "checked", "notes"}


def add_demo_audits(project: Project) -> None:
    """Put the demo's checklists into the demo project (built fresh, so rows go straight into its tables)."""
    source = files("planner.resources") / "demo" / DEMO_AUDITS_FILE
    add_audits_from_toml(project, source.read_text(encoding="utf-8"), DEMO_AUDITS_FILE)


def add_audits_from_toml(project: Project, text: str, source: str = DEMO_AUDITS_FILE) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{source}: not valid TOML: {error}") from None
    for number, row in enumerate(data.get("checklists", []), start=1):
        where = f"{source}: checklist {number} ({row.get('title', '?')})"
        try:
            _checklist(project, row)
        except InputError as error:
            raise InputError(f"{where}: {error}") from None


def _checklist(project: Project, row: dict[str, Any]) -> None:
    _check_keys(row, CHECKLIST_KEYS)
    gate = task_named(project, str(row.get("gate", "")), "gate")
    if "template" in row:
        template = template_named(shipped_templates(), row["template"])
        apply_edit(
            project, checklist_from_template(project, template, gate, row.get("title", ""), row.get("auditor", ""))
        )
        return
    values = {key: _value(project, CHECKLISTS, key, row[key]) for key in row if key not in ("gate", "items")}
    checklist = Checklist(project.next_id("checklists"), task_id=gate, **values)
    check_record(CHECKLISTS, checklist)
    project.checklists[checklist.id] = checklist
    project.use_id("checklists", checklist.id)
    for position, line in enumerate(row.get("items", []), start=1):
        try:
            _check_keys(line, ITEM_KEYS)
            values = {key: _value(project, CHECKLIST_ITEMS, key, line[key]) for key in line}
            if values.get("checked") and not values.get("auditor"):  # checked by the checklist's auditor
                values["auditor"] = checklist.auditor
            item = ChecklistItem(project.next_id("checklist_items"), checklist.id, position=position, **values)
            check_record(CHECKLIST_ITEMS, item)
        except InputError as error:
            raise InputError(f"item {position}: {error}") from None
        project.checklist_items[item.id] = item
        project.use_id("checklist_items", item.id)


def _check_keys(row: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(row) - allowed)
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r}; known keys are {', '.join(sorted(allowed))}")


def _value(project: Project, spec, key: str, raw: Any) -> Any:
    from planner.core.quality.checking import parse_result

    if key == "result":
        return parse_result(raw)
    return parse(project, spec.field(key), raw.isoformat() if hasattr(raw, "isoformat") else raw)
