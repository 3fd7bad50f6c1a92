"""Tasks in outline order: the project summary (UID 0), then every task with its dates as scheduled.

A task's UID is its Unique ID in Planner, so a file exported twice names the same task the
same way, and its ID is the row number a PM sees. Dates are the schedule's (Start, Finish,
early and late), durations and work in hours, slack in tenths of a minute; links go on the
successor as PredecessorLink, as MSPDI keeps them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from planner.core.model.baselines import EarnedValueMethod, TaskBaseline, TaskEarnedValue
from planner.core.model.costs import TaskCost
from planner.core.model.entities import Link, Project, Task
from planner.core.model.msproject import MsProjectTask
from planner.core.schedule.result import Schedule, TaskDates
from planner.exchange.mspdi_export.elements import add, add_fields
from planner.exchange.mspdi_export.values import (
    ACCRUAL_CODES,
    CONSTRAINT_CODES,
    FORMAT_DAYS,
    FORMAT_PERCENT,
    LINK_CODES,
    NO_UID,
    TASK_TYPE_CODES,
    cents,
    duration_format,
    flag,
    hours,
    moment,
    tenths,
)


@dataclass
class TaskIndex:
    """What belongs to each task in the other tables, looked up once for the whole export."""

    work: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    costs: dict[int, TaskCost] = field(default_factory=dict)
    earned: dict[int, TaskEarnedValue] = field(default_factory=dict)
    delays: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    baselines: dict[int, list[tuple[int, TaskBaseline]]] = field(default_factory=lambda: defaultdict(list))
    predecessors: dict[int, list[Link]] = field(default_factory=lambda: defaultdict(list))
    msp: dict[int, MsProjectTask] = field(default_factory=dict)

    @classmethod
    def of(cls, project: Project) -> TaskIndex:
        index = cls()
        for assignment in project.assignments.values():
            index.work[assignment.task_id] += assignment.work_minutes
        index.costs = {c.task_id: c for c in project.task_costs.values()}
        index.earned = {e.task_id: e for e in project.task_earned_value.values()}
        index.msp = {m.task_id: m for m in project.msp_tasks.values()}
        for delay in project.levelling_delays.values():
            index.delays[delay.task_id] += delay.delay_minutes
        numbers = {b.id: b.number for b in project.baselines.values()}
        for row in project.task_baselines.values():
            if row.baseline_id in numbers:
                index.baselines[row.task_id].append((numbers[row.baseline_id], row))
        for link in sorted(project.links.values(), key=lambda k: k.id):
            if link.predecessor_id in project.tasks and link.successor_id in project.tasks:
                index.predecessors[link.successor_id].append(link)
        return index


def write_tasks(root: Element, schedule: Schedule) -> None:
    project = schedule.project
    tasks = add(root, "Tasks")
    if 0 not in project.tasks:
        _write_project_summary(add(tasks, "Task"), schedule)
    outline = schedule.outline
    codes = outline.codes()
    index = TaskIndex.of(project)
    for row, task_id in enumerate(outline.rows(), start=1):
        element = add(tasks, "Task")
        _write_task(element, schedule, project.tasks[task_id], row, codes[task_id], index)


def _write_project_summary(element: Element, schedule: Schedule) -> None:
    """Task 0, the project summary MS Project keeps in every file."""
    add_fields(
        element,
        (
            ("UID", 0),
            ("ID", 0),
            ("Name", schedule.project.name),
            ("Active", flag(True)),
            ("Manual", flag(False)),
            ("Type", 1),
            ("IsNull", flag(False)),
            ("WBS", 0),
            ("OutlineNumber", 0),
            ("OutlineLevel", 0),
            ("Start", moment(schedule.project.start)),
            ("Finish", moment(schedule.project_finish)),
            ("Summary", flag(True)),
        ),
    )


def _write_task(element: Element, schedule: Schedule, task: Task, row: int, code: str, index: TaskIndex) -> None:
    dates = schedule.dates(task.id)
    units = schedule.project.units
    minutes = dates.duration_minutes
    elapsed = task.duration.elapsed and not dates.summary
    percent = dates.percent_complete
    cost = index.costs.get(task.id)
    earned = index.earned.get(task.id)
    delay = index.delays.get(task.id, 0)
    constrained = task.constraint_type.needs_date and task.constraint_date is not None
    msp = index.msp.get(task.id) or MsProjectTask(0, task.id)
    add_fields(
        element,
        (
            ("UID", task.id),
            ("GUID", msp.guid or None),
            ("ID", row),
            ("Name", task.name),
            ("Active", flag(True)),
            ("Manual", flag(task.manual and not dates.summary)),
            ("Type", TASK_TYPE_CODES[task.task_type]),
            ("IsNull", flag(False)),
            ("WBS", msp.wbs or code),
            ("OutlineNumber", code),
            ("OutlineLevel", schedule.outline.level(task.id)),
            ("Priority", task.priority),
            ("Start", moment(dates.start)),
            ("Finish", moment(dates.finish)),
            ("Duration", hours(minutes)),
            ("ManualStart", moment(task.manual_start) if task.manual and task.manual_start else None),
            ("DurationFormat", duration_format(minutes, elapsed, units.minutes_per_day)),
            ("Work", hours(index.work.get(task.id, 0))),
            ("EffortDriven", flag(task.effort_driven)),
            ("Estimated", flag(False)),
            ("Milestone", flag(task.milestone)),
            ("Summary", flag(dates.summary)),
            ("Critical", flag(dates.critical)),
            *_early_late(dates),
            ("FixedCost", cents(cost.fixed_cost) if cost else None),
            ("FixedCostAccrual", ACCRUAL_CODES[cost.fixed_cost_accrual] if cost else None),
            ("PercentComplete", round(percent)),
            ("ActualStart", moment(task.actual_start) if task.actual_start else None),
            ("ActualFinish", moment(task.actual_finish) if task.actual_finish else None),
            ("ActualDuration", hours(minutes * percent / 100)),
            ("RemainingDuration", hours(minutes * (100 - percent) / 100)),
            ("ConstraintType", CONSTRAINT_CODES[task.constraint_type]),
            ("CalendarUID", task.calendar_id if task.calendar_id is not None else NO_UID),
            ("ConstraintDate", moment(task.constraint_date) if constrained else None),
            ("Deadline", moment(task.deadline) if task.deadline else None),
            ("LevelingDelay", tenths(delay) if delay else None),
            ("LevelingDelayFormat", duration_format(delay, False, units.minutes_per_day) if delay else None),
            ("Hyperlink", msp.hyperlink or None),
            ("HyperlinkAddress", msp.hyperlink_address or None),
            ("Notes", task.notes or None),
            ("PhysicalPercentComplete", round(earned.physical_percent) if earned else None),
            ("EarnedValueMethod", 1 if earned and earned.method == EarnedValueMethod.PHYSICAL else None),
        ),
    )
    for link in index.predecessors.get(task.id, ()):
        _write_link(add(element, "PredecessorLink"), link, units.minutes_per_day)
    for number, baseline in sorted(index.baselines.get(task.id, ()), key=lambda pair: pair[0]):
        _write_baseline(add(element, "Baseline"), number, baseline)


def _early_late(dates: TaskDates) -> tuple:
    return (
        ("EarlyStart", moment(dates.early_start)),
        ("EarlyFinish", moment(dates.early_finish)),
        ("LateStart", moment(dates.late_start)),
        ("LateFinish", moment(dates.late_finish)),
        ("FreeSlack", tenths(dates.free_float_minutes)),
        ("TotalSlack", tenths(dates.total_float_minutes)),
    )


def _write_link(element: Element, link: Link, minutes_per_day: int) -> None:
    lag = link.lag
    if lag.unit == "%":
        amount, lag_format = str(round(lag.amount)), FORMAT_PERCENT
    else:
        amount, lag_format = tenths(lag.amount), duration_format(abs(lag.amount), lag.unit == "em", minutes_per_day)
    add_fields(
        element,
        (
            ("PredecessorUID", link.predecessor_id),
            ("Type", LINK_CODES[link.type]),
            ("CrossProject", flag(False)),
            ("LinkLag", amount),
            ("LagFormat", lag_format),
        ),
    )


def _write_baseline(element: Element, number: int, baseline: TaskBaseline) -> None:
    add_fields(
        element,
        (
            ("Number", number),
            ("Start", moment(baseline.start)),
            ("Finish", moment(baseline.finish)),
            ("Duration", hours(baseline.duration_minutes)),
            ("DurationFormat", FORMAT_DAYS),
            ("Work", hours(baseline.work_minutes)),
            ("Cost", cents(baseline.cost)),
        ),
    )
