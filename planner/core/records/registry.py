"""Every register, by table name: the one list the store, the import, the workbook and the CLI read."""

from __future__ import annotations

from planner.core.communication.registers import ACTIONS, COMMUNICATIONS, DECISIONS, MEETINGS, STAKEHOLDERS
from planner.core.quality.registers import CHECKLIST_ITEMS, CHECKLISTS, DEFECTS, LESSONS
from planner.core.records.spec import RecordSpec

REGISTERS: dict[str, RecordSpec] = {
    s.table: s
    for s in (DEFECTS, CHECKLISTS, CHECKLIST_ITEMS, LESSONS, STAKEHOLDERS, COMMUNICATIONS, MEETINGS, DECISIONS, ACTIONS)
}


def spec_of(table: str) -> RecordSpec:
    return REGISTERS[table]
