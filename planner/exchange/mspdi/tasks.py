"""MS Project tasks as Planner's: the outline, durations, constraints, deadlines, progress,
notes, fixed costs, baselines, and the WBS code, GUID and hyperlink MS Project kept (core/model/msproject.py).

The outline comes from each task's OutlineLevel in ID order (the file's row order), so
a task's parent is the last task above it one level up, exactly as MS Project shows the
table. Task UID 0 is MS Project's project summary task, which Planner draws itself, and
blank rows (IsNull) are rows, not tasks: both are left out. Planner keeps MS Project's
Unique IDs, so a task's UID in Planner is the UID it had in MS Project.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from planner.core.errors import InputError
from planner.core.model.baselines import Baseline, TaskBaseline
from planner.core.model.costs import Accrual, TaskCost
from planner.core.model.duration import MAX_MINUTES, Duration
from planner.core.model.entities import ConstraintType, Project, Task, TaskType
from planner.core.model.levelling import LevellingDelay
from planner.core.model.msproject import MsProjectTask
from planner.exchange.mspdi.calendars import CalendarReader
from planner.exchange.mspdi.notes import ImportNotes
from planner.exchange.mspdi.values import (
    ELAPSED_CODES,
    duration_minutes,
    flag,
    integer,
    moment,
    money,
    number,
    text,
)

CONSTRAINTS = {
    0: ConstraintType.ASAP,
    1: ConstraintType.ALAP,
    2: ConstraintType.MSO,
    3: ConstraintType.MFO,
    4: ConstraintType.SNET,
    5: ConstraintType.SNLT,
    6: ConstraintType.FNET,
    7: ConstraintType.FNLT,
}
TASK_TYPES = {0: TaskType.FIXED_UNITS, 1: TaskType.FIXED_DURATION, 2: TaskType.FIXED_WORK}
ACCRUALS = {1: Accrual.START, 2: Accrual.END, 3: Accrual.PRORATED}


@dataclass
class TaskRow:
    """One <Task> in row order, with the Planner id it gets."""

    element: ET.Element
    uid: int
    task_id: int
    level: int


def task_label(element: ET.Element) -> str:
    """How a message names a task of the file: `task 12 "Design"` (its UID and name)."""
    return f'task {text(element, "UID") or "?"} "{text(element, "Name") or ""}"'


def task_rows(root: ET.Element, notes: ImportNotes) -> list[TaskRow]:
    """The file's tasks in ID order, without the project summary, blank rows and external tasks."""
    elements = root.findall("Tasks/Task")
    keyed = sorted(enumerate(elements), key=lambda p: (integer(p[1], "ID", p[0]) or 0, p[0]))
    uids = {integer(e, "UID") for e in elements}
    next_id = max((u for u in uids if u is not None and u > 0), default=0) + 1
    rows, taken = [], set()
    for _, element in keyed:
        uid = integer(element, "UID")
        if uid is None:
            raise InputError(f"{task_label(element)} has no <UID>; MS Project gives every task one")
        level = integer(element, "OutlineLevel")
        if level is None:
            number_text = text(element, "OutlineNumber") or ""
            level = number_text.count(".") + 1 if number_text not in ("", "0") else (0 if uid == 0 else 1)
        if level <= 0:
            continue  # the project summary task
        if flag(element, "IsNull"):
            notes.add("null_task")
            continue
        if flag(element, "ExternalTask"):
            notes.add("external_task")
            continue
        task_id = uid
        if uid <= 0 or uid in taken:
            task_id, next_id = next_id, next_id + 1
        taken.add(task_id)
        rows.append(TaskRow(element, uid, task_id, level))
    return rows


def read_tasks(rows: list[TaskRow], project: Project, calendars: CalendarReader, notes: ImportNotes) -> None:
    """Every row as a Planner task under its outline parent, with its costs and baselines."""
    parents: list[TaskRow] = []
    positions: dict[int | None, int] = {}
    for row in rows:
        while parents and parents[-1].level >= row.level:
            parents.pop()
        parent_id = parents[-1].task_id if parents else None
        position = positions[parent_id] = positions.get(parent_id, -1) + 1
        project.tasks[row.task_id] = _task(row, parent_id, position, calendars, notes)
        _fixed_cost(row, project)
        _baselines(row, project)
        _codes(row, project)
        _levelling_delay(row, project, notes)
        _report(row.element, notes)
        parents.append(row)


def _task(row: TaskRow, parent_id: int | None, position: int, calendars: CalendarReader, notes: ImportNotes) -> Task:
    e = row.element
    constraint = CONSTRAINTS.get(integer(e, "ConstraintType", 0) or 0, ConstraintType.ASAP)
    constraint_date = moment(e, "ConstraintDate") if constraint.needs_date else None
    if constraint.needs_date and constraint_date is None:
        constraint = ConstraintType.ASAP
    percent = min(100.0, max(0.0, number(e, "PercentComplete", 0.0) or 0.0))
    manual = flag(e, "Manual") and not flag(e, "Summary")  # a manual summary's dates are its subtasks' here
    return Task(
        row.task_id,
        text(e, "Name") or "",
        parent_id=parent_id,
        position=position,
        duration=task_duration(e),
        milestone=flag(e, "Milestone"),
        priority=min(1000, max(0, integer(e, "Priority", 500) or 0)),
        constraint_type=constraint,
        constraint_date=constraint_date,
        deadline=moment(e, "Deadline"),
        percent_complete=percent,
        actual_start=moment(e, "ActualStart"),
        actual_finish=moment(e, "ActualFinish") if percent >= 100 else None,
        notes=text(e, "Notes") or "",
        calendar_id=calendars.planner_id(integer(e, "CalendarUID", -1)),
        task_type=TASK_TYPES.get(integer(e, "Type", 0) or 0, TaskType.FIXED_UNITS),
        effort_driven=flag(e, "EffortDriven"),
        manual=manual,
        manual_start=(moment(e, "ManualStart") or moment(e, "Start")) if manual else None,  # typed, else shown
    )


def task_duration(element: ET.Element) -> Duration:
    """The task's Duration: working minutes, or elapsed minutes when its format says so."""
    minutes = duration_minutes(element, "Duration") or 0.0
    if minutes < 0:
        raise InputError(f"{task_label(element)} has a negative duration {text(element, 'Duration')}")
    if minutes > MAX_MINUTES:
        raise InputError(
            f"{task_label(element)} lasts {text(element, 'Duration')}, longer than Planner can schedule "
            "(the years 1984-2149)"
        )
    return Duration(round(minutes), elapsed=(integer(element, "DurationFormat", 7) or 7) in ELAPSED_CODES)


def _fixed_cost(row: TaskRow, project: Project) -> None:
    amount = money(row.element, "FixedCost")
    if amount:
        accrual = ACCRUALS.get(integer(row.element, "FixedCostAccrual", 3) or 3, Accrual.PRORATED)
        cid = len(project.task_costs) + 1
        project.task_costs[cid] = TaskCost(cid, row.task_id, fixed_cost=amount, fixed_cost_accrual=accrual)


def _codes(row: TaskRow, project: Project) -> None:
    """The task's WBS code (when not just its outline number), GUID and hyperlink, keyed by the task's id."""
    e = row.element
    wbs, outline = text(e, "WBS") or "", text(e, "OutlineNumber") or ""
    found = MsProjectTask(
        row.task_id,
        row.task_id,
        wbs=wbs if wbs != outline else "",
        guid=text(e, "GUID") or "",
        hyperlink=text(e, "Hyperlink") or "",
        hyperlink_address=text(e, "HyperlinkAddress") or "",
    )
    if found.wbs or found.guid or found.hyperlink or found.hyperlink_address:
        project.msp_tasks[row.task_id] = found


def _levelling_delay(row: TaskRow, project: Project, notes: ImportNotes) -> None:
    """MS Project's Leveling Delay (tenths of a minute) as Planner's; an elapsed one is only reported."""
    minutes = round((number(row.element, "LevelingDelay", 0.0) or 0.0) / 10)
    if minutes <= 0:
        return
    if (integer(row.element, "LevelingDelayFormat", 8) or 8) in ELAPSED_CODES:
        notes.add("elapsed_levelling_delay")
        return
    did = len(project.levelling_delays) + 1
    project.levelling_delays[did] = LevellingDelay(did, row.task_id, minutes)


def _baselines(row: TaskRow, project: Project) -> None:
    """Baseline, Baseline 1 ... Baseline 10 of the task; a baseline row is made the first time one is seen."""
    for element in row.element.findall("Baseline"):
        number_of = integer(element, "Number", 0) or 0
        start, finish = moment(element, "Start"), moment(element, "Finish")
        if not 0 <= number_of <= 10 or start is None or finish is None:
            continue
        baseline = next((b for b in project.baselines.values() if b.number == number_of), None)
        if baseline is None:
            bid = len(project.baselines) + 1
            baseline = project.baselines[bid] = Baseline(bid, number_of)
        tid = len(project.task_baselines) + 1
        project.task_baselines[tid] = TaskBaseline(
            tid,
            baseline.id,
            row.task_id,
            start=start,
            finish=max(start, finish),
            duration_minutes=max(0, round(duration_minutes(element, "Duration") or 0)),
            work_minutes=max(0, round(duration_minutes(element, "Work") or 0)),
            cost=money(element, "Cost"),
        )


def _report(element: ET.Element, notes: ImportNotes) -> None:
    """Count what this task has that Planner does not carry."""
    summary = flag(element, "Summary")
    notes.add("estimated", flag(element, "Estimated") and not summary)
    notes.add("subproject", flag(element, "IsSubproject"))
    notes.add("recurring", flag(element, "Recurring") and summary)  # its occurrences are flagged too
    notes.add("ignore_resource_calendar", flag(element, "IgnoreResourceCalendar"))
    notes.add("task_custom_fields", len(element.findall("ExtendedAttribute")))
