"""Checking a checklist's items: the result typed dates the check, items keep their order.

An auditor checks items one by one. Typing a result (pass, fail, n.a.) into an item
not yet dated dates it with the project's status date (the day the PM reports on) or
today; setting it back to open clears that date, since it is no longer checked. An
item moved to another checklist goes to that checklist's end. Items are read in
`position` order (new items at the end), as the auditor's list was written.

`planner.core.records` is imported inside the functions: the register declarations
(quality.registers) name these hooks, and the records package reads the declarations.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.quality.entities import ChecklistItem, CheckResult

if TYPE_CHECKING:
    from planner.core.edits.edit import Edit

RESULT_WORDS = {  # what auditors type besides the values themselves
    "na": CheckResult.NOT_APPLICABLE,
    "n/a": CheckResult.NOT_APPLICABLE,
    "not applicable": CheckResult.NOT_APPLICABLE,
    "passed": CheckResult.PASS,
    "ok": CheckResult.PASS,
    "failed": CheckResult.FAIL,
    "": CheckResult.OPEN,
    "-": CheckResult.OPEN,
}


def check_day(project: Project) -> date:
    """The day a check made now is dated: the status date, or today when the project has none."""
    return project.status_date.date() if project.status_date is not None else date.today()


def parse_result(text: Any) -> CheckResult:
    from planner.core.records.values import parse_choice

    cleaned = " ".join(("" if text is None else str(text)).split()).lower()
    if cleaned in RESULT_WORDS:
        return RESULT_WORDS[cleaned]
    return parse_choice(CheckResult, cleaned, "result")  # type: ignore[return-value]


def items_of(project: Project, checklist_id: int) -> list[ChecklistItem]:
    """A checklist's items in their order: by position, then those without one (0: added by an import or
    the generic register) after them as entered."""
    items = [i for i in project.checklist_items.values() if i.checklist_id == checklist_id]
    return sorted(items, key=lambda i: (i.position <= 0, i.position, i.id))


def next_position(project: Project, checklist_id: int) -> int:
    return max((i.position for i in project.checklist_items.values() if i.checklist_id == checklist_id), default=0) + 1


def add_item(project: Project, checklist_id: int, requirement: str, **values: Any) -> Edit:
    """A new item at the end of its checklist."""
    from planner.core.quality.registers import CHECKLIST_ITEMS
    from planner.core.records.edits import add_record

    if checklist_id not in project.checklists:
        raise InputError(f"there is no checklist C{checklist_id}")
    values.setdefault("position", next_position(project, checklist_id))
    return add_record(project, CHECKLIST_ITEMS, checklist_id=checklist_id, requirement=requirement, **values)


def set_result(project: Project, item_id: int, result: CheckResult, **values: Any) -> Edit | None:
    """The item's result, dated as a check made now when it was not dated yet; None if nothing changes."""
    from planner.core.quality.registers import CHECKLIST_ITEMS
    from planner.core.records.edits import change_record, record_of

    item = record_of(project, CHECKLIST_ITEMS, item_id)
    if result is CheckResult.OPEN:
        values.setdefault("checked", None)
    elif item.checked is None:
        values.setdefault("checked", check_day(project))
    return change_record(project, CHECKLIST_ITEMS, item_id, "Change result", result=result, **values)


def type_item_field(project: Project, item_id: int, key: str, text: Any) -> Edit | None:
    """CHECKLIST_ITEMS' typing hook: the result dates the check; a moved item goes to its new list's end."""
    from planner.core.quality.registers import CHECKLIST_ITEMS
    from planner.core.records.edits import change_record, record_of, set_plain_field
    from planner.core.records.values import parse

    if key == "result":
        return set_result(project, item_id, parse_result(text))
    if key == "checklist_id":
        target = parse(project, CHECKLIST_ITEMS.field(key), text)
        if target == record_of(project, CHECKLIST_ITEMS, item_id).checklist_id:
            return None
        position = next_position(project, target)
        return change_record(
            project, CHECKLIST_ITEMS, item_id, "Move to checklist", checklist_id=target, position=position
        )
    return set_plain_field(project, CHECKLIST_ITEMS, item_id, key, text)
