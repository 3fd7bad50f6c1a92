"""Typing into an action item's cells: the status and the done date move together.

Setting an action done dates it on the status date (today without one, as the defect
log dates its closures), unless a done date was typed already; opening or dropping
it again clears that date. Typing a done date marks an open action
done, and clearing the done date of a done action opens it again, so the two never
disagree. A done action's task is left alone: the task's progress is recorded in the
plan at the status date, as every other task's is, and a closed action does not mean
the work it asked for was finished on that day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.core.communication.entities import ActionStatus

if TYPE_CHECKING:  # the registers name this hook, and the edits and the model read the registers
    from planner.core.edits.edit import Edit
    from planner.core.model.entities import Project

today: Callable[[], date] = date.today  # the day "done" is dated; tests set their own


def typed_action(project: Project, record_id: int, key: str, text: Any) -> Edit | None:
    """The edit typing `text` into action `record_id`'s `key` cell makes (RecordSpec.typed of ACTIONS)."""
    # imported here: the records package reads the registers, which name this hook
    from planner.core.communication.actions import action_day
    from planner.core.records.edits import change_record, record_of, set_plain_field
    from planner.core.records.registry import spec_of
    from planner.core.records.values import parse

    spec = spec_of("action_items")
    if key not in ("status", "done"):
        return set_plain_field(project, spec, record_id, key, text)
    action = record_of(project, spec, record_id)
    value = parse(project, spec.field(key), text)
    if key == "status":
        done = (action.done or action_day(project, today())) if value is ActionStatus.DONE else None
        return change_record(project, spec, record_id, "Change status", status=value, done=done)
    if value is not None:
        return change_record(project, spec, record_id, "Change done date", status=ActionStatus.DONE, done=value)
    status = ActionStatus.OPEN if action.status is ActionStatus.DONE else action.status
    return change_record(project, spec, record_id, "Change done date", status=status, done=None)
