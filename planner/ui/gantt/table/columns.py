"""The task table's columns: title, width, how a cell reads, sorts and is edited. Qt-free.

Each area's own columns come from a module of its own (estimate_columns.py, ...), listed at
the end of COLUMNS. One table of definitions instead of a switch per role in the model: the model asks
a Column for text, the proxy for a sort key, setData for the edit to make.
"""

from __future__ import annotations

import zlib
from typing import Any

from planner.core.edits.tracking_edits import remaining_minutes
from planner.core.model.entities import ConstraintType
from planner.ui.gantt.table import assign_columns, cell_edits, estimate_columns
from planner.ui.gantt.table.columns_base import Column, SortKey, Text
from planner.ui.gantt.table.facts import TaskFacts
from planner.ui.gantt.table.formats import edit_date, format_date, format_work
from planner.ui.gantt.table.indicators import indicators_of


def _duration_text(facts: TaskFacts, task_id: int) -> str:
    task = facts.task(task_id)
    units = facts.project.units
    if facts.is_summary(task_id):
        return format_work(facts.dates(task_id).duration_minutes, units)
    return format_work(task.duration.minutes, units, task.duration.elapsed)


def _date(field: str) -> Text:
    return lambda facts, task_id: format_date(getattr(facts.dates(task_id), field), facts.day_bounds)


def _date_edit(field: str) -> Text:
    return lambda facts, task_id: edit_date(getattr(facts.dates(task_id), field), facts.day_bounds)


def _constraint_text(facts: TaskFacts, task_id: int) -> str:
    task = facts.task(task_id)
    kind = ConstraintType(task.constraint_type)
    if not kind.needs_date or task.constraint_date is None:
        return kind.value
    return f"{kind.value} {format_date(task.constraint_date, facts.day_bounds)}"


def _constraint_edit(facts: TaskFacts, task_id: int) -> str:
    task = facts.task(task_id)
    kind = ConstraintType(task.constraint_type)
    return kind.value if task.constraint_date is None else f"{kind.value} {edit_date(task.constraint_date)}"


def _percent_text(facts: TaskFacts, task_id: int) -> str:
    """A summary shows its subtasks' progress rolled up (core's rule), rounded as MS Project does."""
    if facts.is_summary(task_id):
        return f"{facts.dates(task_id).percent_complete:.0f}%"
    return f"{facts.task(task_id).percent_complete:g}%"


def _actual(field: str, none: str) -> Text:
    """A leaf's actual start or finish (`none` when it has none); a summary's come from its subtasks."""

    def text(facts: TaskFacts, task_id: int) -> str:
        if facts.is_summary(task_id):
            return ""
        moment = getattr(facts.task(task_id), field)
        if moment is None:
            return none
        return format_date(moment, facts.day_bounds) if none else edit_date(moment, facts.day_bounds)

    return text


def _remaining_minutes(facts: TaskFacts, task_id: int) -> int:
    if facts.is_summary(task_id):
        dates = facts.dates(task_id)
        return round(dates.duration_minutes * (1 - dates.percent_complete / 100))
    return remaining_minutes(facts.task(task_id))


def _remaining_text(facts: TaskFacts, task_id: int) -> str:
    elapsed = not facts.is_summary(task_id) and facts.task(task_id).duration.elapsed
    return format_work(_remaining_minutes(facts, task_id), facts.project.units, elapsed)


def _remaining_key(facts: TaskFacts, task_id: int) -> int:
    return _remaining_minutes(facts, task_id)


def _float_text(facts: TaskFacts, task_id: int) -> str:
    return format_work(facts.dates(task_id).total_float_minutes, facts.project.units)


def _notes_text(facts: TaskFacts, task_id: int) -> str:
    return " ".join(facts.task(task_id).notes.split())


def _date_key(field: str) -> SortKey:
    return lambda facts, task_id: getattr(facts.dates(task_id), field)


def _optional_date_key(field: str) -> SortKey:
    """Empty dates sort after every real one, whatever the direction of the other keys."""

    def key(facts: TaskFacts, task_id: int) -> Any:
        moment = getattr(facts.task(task_id), field)
        return (moment is None, moment or 0)

    return key


# Areas' own columns modules build on Column above, so they are imported once it exists.
from planner.ui.gantt.table import (  # noqa: E402
    cost_columns,
    evm_columns,
    level_columns,
    meeting_columns,
    mspdi_columns,
    rules_columns,
    team_columns,
)

_TASK_COLUMNS: tuple[Column, ...] = (
    Column(
        "id",
        "ID",
        4,
        lambda f, t: str(f.row_id(t)),
        sort_key=lambda f, t: f.row_id(t),
        align="right",
        tip="The task's ID: its row number, renumbered as tasks are inserted, moved or deleted; "
        "type it in Predecessors",
    ),
    Column(
        "indicators",
        "",
        4,
        lambda f, t: "",
        sort_key=lambda f, t: len(indicators_of(f, t)),
        schedule=True,
        tip="Indicators: missed deadline, gate checklist not cleared, over-allocated resource, constraint, note, "
        "critical, complete",
    ),
    Column("name", "Task name", 26, lambda f, t: f.task(t).name, cell_edits.name),
    Column(
        "duration",
        "Duration",
        7,
        _duration_text,
        cell_edits.duration,
        sort_key=lambda f, t: f.dates(t).duration_minutes,
        align="right",
        schedule=True,
        summary_editable=False,
        tip="Working time: 30m, 4h, 3d, 2w; 3ed is elapsed days; 0 makes a milestone",
    ),
    Column(
        "start",
        "Start",
        18,
        _date("start"),
        cell_edits.start,
        _date_edit("start"),
        _date_key("start"),
        schedule=True,
        tip="Typing a start sets Start No Earlier Than that date",
    ),
    Column(
        "finish",
        "Finish",
        18,
        _date("finish"),
        cell_edits.finish,
        _date_edit("finish"),
        _date_key("finish"),
        schedule=True,
        summary_editable=False,
        tip="Typing a finish changes the duration",
    ),
    Column(
        "predecessors",
        "Predecessors",
        10,
        lambda f, t: f.predecessors_text(t),
        cell_edits.predecessors,
        tip="e.g. 3 or 3FS+2d;5SS (types FS, SS, FF, SF; lags in m, h, d, w, or %)",
    ),
    Column(
        "percent",
        "% Complete",
        8,
        _percent_text,
        cell_edits.percent_complete,
        lambda f, t: f"{f.task(t).percent_complete:g}",
        lambda f, t: f.dates(t).percent_complete,
        align="right",
        shown=False,
    ),
    Column(
        "constraint",
        "Constraint",
        19,
        _constraint_text,
        cell_edits.constraint,
        _constraint_edit,
        lambda f, t: (ConstraintType(f.task(t).constraint_type).value, f.task(t).constraint_date or 0),
        shown=False,
        tip="ASAP, ALAP, or SNET/SNLT/FNET/FNLT/MSO/MFO with a date, e.g. SNET 2027-01-11",
    ),
    Column(
        "deadline",
        "Deadline",
        15,
        lambda f, t: format_date(f.task(t).deadline, f.day_bounds),
        cell_edits.deadline,
        lambda f, t: edit_date(f.task(t).deadline, f.day_bounds),
        _optional_date_key("deadline"),
        shown=False,
        tip="A date the task should finish by; it does not move the task. Empty: none",
    ),
    Column(
        "priority",
        "Priority",
        6,
        lambda f, t: str(f.task(t).priority),
        cell_edits.priority,
        sort_key=lambda f, t: f.task(t).priority,
        align="right",
        shown=False,
    ),
    Column(
        "float",
        "Total float",
        8,
        _float_text,
        sort_key=lambda f, t: f.dates(t).total_float_minutes,
        align="right",
        schedule=True,
        shown=False,
        tip="How far the task can slip without moving the project finish",
    ),
    Column(
        "uid",
        "Unique ID",
        6,
        lambda f, t: str(t),
        sort_key=lambda f, t: t,
        align="right",
        shown=False,
        tip="The number the task keeps for good, whatever is inserted, moved or deleted",
    ),
    Column("notes", "Notes", 30, _notes_text, cell_edits.notes, lambda f, t: f.task(t).notes, shown=False),
    Column(
        "successors",
        "Successors",
        10,
        lambda f, t: f.successors_text(t),
        shown=False,
        tip="The tasks that follow this one (type them in their Predecessors)",
    ),
    Column("wbs", "WBS", 8, lambda f, t: f.wbs(t), shown=False, tip="The task's place in the outline, e.g. 2.3.1"),
    Column(
        "actual_start",
        "Actual Start",
        15,
        _actual("actual_start", "NA"),
        cell_edits.actual_start,
        _actual("actual_start", ""),
        _optional_date_key("actual_start"),
        shown=False,
        summary_editable=False,
        tip="When work on the task really began; NA: not started. Deleting it clears the task's progress",
    ),
    Column(
        "actual_finish",
        "Actual Finish",
        15,
        _actual("actual_finish", "NA"),
        cell_edits.actual_finish,
        _actual("actual_finish", ""),
        _optional_date_key("actual_finish"),
        shown=False,
        summary_editable=False,
        tip="When work on the task really ended: the task is then 100% complete",
    ),
    Column(
        "remaining",
        "Remaining Duration",
        9,
        _remaining_text,
        cell_edits.remaining_duration,
        sort_key=_remaining_key,
        align="right",
        schedule=True,
        shown=False,
        summary_editable=False,
        tip="What is left to do; typing it keeps the work done and changes the duration",
    ),
    *estimate_columns.COLUMNS,
)
COLUMNS: tuple[Column, ...] = (
    _TASK_COLUMNS
    + assign_columns.COLUMNS
    + team_columns.COLUMNS
    + evm_columns.COLUMNS
    + level_columns.COLUMNS
    + cost_columns.COLUMNS
    + mspdi_columns.COLUMNS
    + rules_columns.COLUMNS
    + meeting_columns.COLUMNS
)

KEYS = [column.key for column in COLUMNS]
# A saved table layout is only good for the columns it was saved with: Qt restores hidden and
# shown by position, so a layout from before a column was added would show the wrong ones.
LAYOUT_KEY = f"gantt/table_header/{zlib.crc32(','.join(KEYS).encode()):08x}"


def column_index(key: str) -> int:
    return KEYS.index(key)
