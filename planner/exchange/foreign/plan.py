"""A project read from another planner's file, with the dates that file showed for its tasks.

GanttProject places a task where its user put it unless a link pushes it later, and stores
only that start; Planner schedules as soon as possible. `keep_placed_starts` gives each task
that Planner would start earlier than the file shows a Start No Earlier Than constraint on
the shown start: what MS Project itself does when a start date is typed, so the plan opens
with the dates its author saw and still flows when a predecessor slips.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from planner.core.model.entities import ConstraintType, Project
from planner.core.model.wbs import Outline
from planner.core.schedule.calendar_base import effective_calendar
from planner.core.schedule.compiled import calendar_years
from planner.core.schedule.loops import LoopBreaker
from planner.core.schedule.result import Schedule
from planner.core.schedule.worktime import WorkTime, compile_calendar
from planner.exchange.foreign.not_carried import NotCarried
from planner.exchange.project_formats import ProjectImport


@dataclass
class ForeignPlan:
    """The project, the import report, and the (start, finish) the file showed per leaf task."""

    project: Project
    report: NotCarried = field(default_factory=NotCarried)
    shown: dict[int, tuple[datetime, datetime]] = field(default_factory=dict)

    def project_calendar(self) -> WorkTime:
        project = self.project
        return compile_calendar(effective_calendar(project.calendars, project.calendar), calendar_years(project))

    def schedule(self) -> Schedule:
        """Planner's schedule of the project; a loop of links is left out and reported."""
        breaker = LoopBreaker()
        result = breaker.schedule_first(self.project)
        for problem in breaker.problems:
            self.report.note(problem)
        return result

    def as_import(self) -> ProjectImport:
        return ProjectImport(self.project, self.report.lines())


PINNED = "Start No Earlier Than added to keep a start placed by hand"


def keep_placed_starts(plan: ForeignPlan, rounds: int = 50) -> int:
    """Pin with Start No Earlier Than each leaf task Planner would start before the file's start,
    naming them in the import report; returns how many were pinned. Tasks with a constraint or an
    actual start of their own keep it.

    Only a task whose predecessors all start where the file shows them is pinned in a round (a
    task that is early because its predecessor is gets there once the predecessor is pinned), so
    no task gets a constraint its links already give; after `rounds` rounds the rest are pinned.
    """
    project = plan.project
    outline = Outline.of(project)
    calendar = plan.project_calendar()
    pinned = 0
    for round_ in range(rounds + 1):
        early = _early_tasks(plan, outline, calendar)
        if not early:
            break
        frontier = early if round_ == rounds else _first_of(early, project, outline)
        for uid in frontier:
            task = project.tasks[uid]
            task.constraint_type = ConstraintType.SNET
            task.constraint_date = plan.shown[uid][0]
            plan.report.note(PINNED, task.name)
        pinned += len(frontier)
    return pinned


def _early_tasks(plan: ForeignPlan, outline: Outline, calendar: WorkTime) -> set[int]:
    """The leaf tasks free to move (as soon as possible, not started) that Planner starts before the file."""
    scheduled = plan.schedule()
    early = set()
    for uid, (start, _finish) in plan.shown.items():
        task = plan.project.tasks[uid]
        if outline.is_summary(uid) or task.constraint_type is not ConstraintType.ASAP or task.actual_start:
            continue
        if calendar.offset(scheduled.span(uid)[0]) < calendar.offset(start):
            early.add(uid)
    return early


def _first_of(early: set[int], project: Project, outline: Outline) -> set[int]:
    """Those early tasks no early task drives: none of their (or their summaries') predecessors is
    early or holds an early task."""
    late_bound = set(early)
    for uid in early:
        late_bound.update(outline.ancestors(uid))
    into: dict[int, list[int]] = {}
    for link in project.links.values():
        into.setdefault(link.successor_id, []).append(link.predecessor_id)
    first = set()
    for uid in early:
        driven_by = [p for node in (uid, *outline.ancestors(uid)) for p in into.get(node, ())]
        if not any(p in late_bound for p in driven_by):
            first.add(uid)
    return first or early
