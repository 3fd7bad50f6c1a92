"""The demo's meeting log: three steering committees with decisions and actions, from `portal-meetings.toml`.

Every value is read as the register reads a typed one (core.records.values.parse),
so a mistake in the file is reported with the meeting or action it is in. An action's
`task` is typed as its Task cell is (the plan's row ID), so the demo shows the link
both ways: the Gantt's Action column names the action on that row.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from importlib.resources import files
from typing import Any

from planner.core.communication.entities import ActionItem, Decision, Meeting
from planner.core.communication.registers import ACTIONS, DECISIONS, MEETINGS
from planner.core.errors import InputError
from planner.core.model.entities import Project
from planner.core.records.edits import check_record
from planner.core.records.spec import RecordSpec
from planner.core.records.values import parse

DEMO_MEETINGS_FILE = "portal-meetings.toml"
MEETING_KEYS = {"id", "title", "held", "attendees", "notes", "plan", "decisions", "actions"}
DECISION_KEYS = {"decision", "made_by", "notes"}
ACTION_KEYS = {"id", "title", "owner", "due", "status", "done", "notes", "task"}


def add_demo_meetings(project: Project) -> None:
    """Put the demo's meeting log into the demo project (built fresh, so rows go straight into its tables)."""
    source = files("planner.resources") / "demo" / DEMO_MEETINGS_FILE
    add_meetings_from_toml(project, source.read_text(encoding="utf-8"), DEMO_MEETINGS_FILE)


def add_meetings_from_toml(project: Project, text: str, source: str = DEMO_MEETINGS_FILE) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{source}: not valid TOML: {error}") from None
    for row in data.get("meetings", []):
        where = f"{source}: meeting {row.get('id', '?')}"
        meeting = _record(project, MEETINGS, Meeting, row, MEETING_KEYS, where, extra={"plan", "decisions", "actions"})
        meeting.communication_id = _plan_line(project, row.get("plan", ""))
        project.meetings[meeting.id] = meeting
        for decision_row in row.get("decisions", []):
            decision_id = len(project.decisions) + 1
            fields = {"id": decision_id, **decision_row}
            decision = _record(project, DECISIONS, Decision, fields, DECISION_KEYS | {"id"}, f"{where}: decision")
            decision.meeting_id = meeting.id
            project.decisions[decision.id] = decision
        for action_row in row.get("actions", []):
            at = f"{source}: action {action_row.get('id', '?')}"
            fields = {("task_id" if key == "task" else key): value for key, value in action_row.items()}
            action = _record(project, ACTIONS, ActionItem, fields, ACTION_KEYS - {"task"} | {"task_id"}, at)
            action.meeting_id = meeting.id
            project.action_items[action.id] = action
    _plan_lines_done(project)


def _record(
    project: Project,
    spec: RecordSpec,
    entity: type,
    row: dict[str, Any],
    known: set[str],
    where: str,
    extra: frozenset[str] | set[str] = frozenset(),
) -> Any:
    """One record from a TOML table, each value read as typed text; InputError names `where`."""
    unknown = sorted(set(row) - known)
    if unknown:
        raise InputError(f"{where}: unknown key {unknown[0]!r}")
    if "id" not in row:
        raise InputError(f"{where}: needs an id")
    required = {f.key: "" for f in spec.fields if f.required}  # left out: refused as a blank cell is
    typed = {**required, **{key: value for key, value in row.items() if key not in extra | {"id"}}}
    try:
        values = {key: parse(project, spec.field(key), value) for key, value in typed.items()}
        record = entity(id=row["id"], **values)
        check_record(spec, record)
    except InputError as error:
        raise InputError(f"{where}: {error}") from None
    return record


def _plan_lines_done(project: Project) -> None:
    """A plan line's last done date is its last meeting's, as recording each meeting would have left it."""
    for line in list(project.communications.values()):
        held = [m.held for m in project.meetings.values() if m.communication_id == line.id and m.held is not None]
        if held and (line.last_done is None or max(held) > line.last_done):
            project.communications[line.id] = replace(line, last_done=max(held))


def _plan_line(project: Project, what: str) -> int | None:
    """The communication plan line the meeting serves, when the plan has one of that name."""
    if not what:
        return None
    wanted = what.strip().lower()
    lines = sorted(project.communications.values(), key=lambda line: line.id)
    return next((line.id for line in lines if line.what.strip().lower().startswith(wanted)), None)


__all__ = ["add_demo_meetings", "add_meetings_from_toml"]
