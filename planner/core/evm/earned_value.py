"""Earned value of a project at its status date, measured against one baseline.

Planned value is time-phased from the baseline: each task's baseline cost spread over its
baseline start to finish in the task's working time (prorated, as MS Project accrues by
default), so PV at a task's baseline finish is its whole baseline cost (BAC). Earned value
is BAC x the task's % complete, or its physical % complete where the PM chose that method.
Actual cost and the bottom-up forecast come from the cost part (actual work at its rates and
the expenses booked up to the status date; actual + remaining) unless given as `actuals` and
`forecasts`. A summary's figures are the sums of the tasks under it; the project's add the
expenses booked to no task.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np

from planner.core.cost.as_of import costs_as_of
from planner.core.evm.baselines import measured_baseline, task_rows
from planner.core.evm.figures import ZERO, Figures
from planner.core.evm.task_costs import costs_at
from planner.core.model.baselines import Baseline, EarnedValueMethod, TaskBaseline
from planner.core.schedule.progress import own_percent
from planner.core.schedule.worktime import WorkTime

if TYPE_CHECKING:
    from planner.core.cost import ProjectCosts
    from planner.core.model.entities import Project
    from planner.core.schedule.result import Schedule


def planned_fraction(row: TaskBaseline, calendar: WorkTime, moment: datetime) -> float:
    """How much of a task's baseline work is planned done by `moment`: 0 to 1, in working time."""
    if moment >= row.finish:
        return 1.0
    if moment <= row.start:
        return 0.0
    total = calendar.offset(row.finish) - calendar.offset(row.start)
    if total <= 0:  # an elapsed task over a weekend: spread over the clock instead
        return (moment - row.start) / (row.finish - row.start)
    return max(0.0, min(1.0, (calendar.offset(moment) - calendar.offset(row.start)) / total))


def _methods(project: Project) -> dict:
    return {row.task_id: row for row in project.task_earned_value.values()}


@dataclass(frozen=True)
class LeafValue:
    """What earned value needs of one leaf task."""

    task_id: int
    row: TaskBaseline | None
    calendar: WorkTime
    percent: float
    actual: float
    forecast: float | None

    def figures(self, status: datetime) -> Figures:
        if self.row is None:
            return Figures(0.0, 0.0, 0.0, self.actual, self.forecast)
        bac = self.row.cost
        pv = bac * planned_fraction(self.row, self.calendar, status)
        return Figures(bac, pv, bac * self.percent / 100, self.actual, self.forecast)


class EarnedValue:
    """The earned value of every task, phase and the project at `status`, against `baseline`."""

    def __init__(
        self,
        schedule: Schedule,
        status: datetime,
        baseline: Baseline | None = None,
        *,
        actuals: Mapping[int, float] | None = None,
        forecasts: Mapping[int, float] | None = None,
        costs: ProjectCosts | None = None,
    ) -> None:
        """`costs`: the cost part's figures when the caller has them already (the Budget tab works
        them out for its table), with the whole ledger or with the expenses booked by the status
        date: those after it are taken out (cost/as_of.py, only for the tasks they are on). Else
        they are worked out here."""
        project = schedule.project
        self.schedule = schedule
        self.status = status
        self.baseline = baseline if baseline is not None else measured_baseline(project)
        rows = task_rows(project, self.baseline)
        self.project_level_actual = 0.0  # expenses booked to no task: the project's AC only
        self.costs: ProjectCosts | None = None  # the cost part's figures, when AC was read from them
        if actuals is None or forecasts is None:
            costs = costs_as_of(costs, status.date()) if costs is not None else costs_at(schedule, status)
            if actuals is None:
                self.costs = costs
                actuals = {task_id: figures.actual for task_id, figures in costs.tasks.items()}
                self.project_level_actual = costs.project_level.actual
            if forecasts is None:
                forecasts = {task_id: figures.forecast for task_id, figures in costs.tasks.items()}
        methods = _methods(project)
        outline = schedule.outline
        self.leaves: dict[int, LeafValue] = {}
        for task_id in project.tasks:
            if outline.is_summary(task_id):
                continue
            chosen = methods.get(task_id)
            task = project.tasks[task_id]
            physical = chosen is not None and chosen.method == EarnedValueMethod.PHYSICAL
            percent = chosen.physical_percent if physical else own_percent(task)
            actual = actuals.get(task_id, 0.0)
            forecast = forecasts.get(task_id)
            calendar = schedule.net.calendars[schedule.net.leaf[task_id]]
            self.leaves[task_id] = LeafValue(task_id, rows.get(task_id), calendar, percent, actual, forecast)
        self._figures: dict[int, Figures] = {t: leaf.figures(status) for t, leaf in self.leaves.items()}
        self._total: Figures | None = None
        self._planned: list[tuple[WorkTime, np.ndarray, np.ndarray, np.ndarray]] | None = None

    @property
    def project(self) -> Project:
        return self.schedule.project

    def task(self, task_id: int) -> Figures:
        """One task's figures; a summary's are the sums of the tasks under it."""
        found = self._figures.get(task_id)
        if found is None:
            found = ZERO
            for below in self.schedule.outline.descendants(task_id):
                if below in self.leaves:
                    found = found + self._figures[below]
            self._figures[task_id] = found
        return found

    def total(self) -> Figures:
        """The project's figures: the sum of every task's, and the expenses booked to no task."""
        if self._total is None:
            leaves = [self._figures[t] for t in self.leaves]
            bottom_up = None
            if all(f.bottom_up is not None for f in leaves):
                bottom_up = sum(f.bottom_up for f in leaves) + self.project_level_actual  # type: ignore[misc]
            self._total = Figures(
                sum(f.bac for f in leaves),
                sum(f.pv for f in leaves),
                sum(f.ev for f in leaves),
                sum(f.ac for f in leaves) + self.project_level_actual,
                bottom_up,
            )
        return self._total

    def planned_at(self, moment: datetime) -> float:
        """The project's PV at `moment`: the baseline cost planned done by then."""
        return float(self.planned_at_many([moment])[0])

    def planned_at_many(self, moments: Sequence[datetime]) -> np.ndarray:
        """The project's PV at each moment: every task at once per calendar (numpy), so a weekly
        S-curve or the earned schedule's search over 10,000 tasks costs milliseconds."""
        total = np.zeros(len(moments))
        for calendar, starts, finishes, costs in self._planned_table():
            at = np.array([calendar.offset(moment) for moment in moments], dtype=float)[:, None]
            span = finishes - starts
            reached = (at >= finishes) * 1.0
            fraction = np.where(span > 0, (at - starts) / np.where(span > 0, span, 1), reached)
            total += (np.clip(fraction, 0.0, 1.0) * costs).sum(axis=1)
        return total

    def _planned_table(self) -> list[tuple[WorkTime, np.ndarray, np.ndarray, np.ndarray]]:
        """Per calendar: the baseline start and finish (work offsets) and cost of its tasks."""
        if self._planned is None:
            groups: dict[int, tuple[WorkTime, list[tuple[int, int, float]]]] = {}
            for leaf in self.leaves.values():
                row = leaf.row
                if row is None or row.cost == 0:
                    continue
                entry = groups.setdefault(id(leaf.calendar), (leaf.calendar, []))
                entry[1].append((leaf.calendar.offset(row.start), leaf.calendar.offset(row.finish), row.cost))
            self._planned = []
            for calendar, rows in groups.values():
                table = np.array(rows, dtype=float)
                self._planned.append((calendar, table[:, 0], table[:, 1], table[:, 2]))
        return self._planned

    def baseline_span(self) -> tuple[datetime, datetime] | None:
        """The earliest baseline start and latest baseline finish of the tasks, None without a baseline."""
        rows = [leaf.row for leaf in self.leaves.values() if leaf.row is not None]
        if not rows:
            return None
        return min(r.start for r in rows), max(r.finish for r in rows)
