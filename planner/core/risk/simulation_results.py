"""A simulation's outcome kept in the file (one Simulation row: the last run replaces the one
before, in one undoable edit) and its figures read back, the same whether just run or reopened."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np

from planner.core.edits.edit import Edit, Put
from planner.core.model.entities import Project
from planner.core.model.estimates import MilestoneOdds, Simulation, TaskRisk
from planner.core.risk.simulation import Outcome
from planner.core.risk.simulation_stats import summary
from planner.core.schedule.worktime import WorkTime, from_abs, to_abs


def record_simulation(project: Project, outcome: Outcome, run_at: datetime) -> Edit:
    """The edit that keeps this outcome as the project's simulation, replacing the last one."""
    stored = Simulation(
        id=project.next_id("simulations"),
        run_at=run_at.replace(second=0, microsecond=0),
        runs=outcome.runs,
        seed=outcome.seed,
        planned_finish=from_abs(outcome.planned_finish),
        planned_cost=round(outcome.planned_cost, 2),
        finishes=tuple(outcome.finishes.tolist()),
        costs=tuple(np.round(outcome.costs, 2).tolist()),
        tasks=tuple(
            TaskRisk(t, round(c, 4), round(outcome.sensitivity.get(t, 0.0), 4)) for t, c in outcome.criticality.items()
        ),
        milestones=tuple(MilestoneOdds(t, from_abs(at), round(p, 4)) for t, at, p in outcome.milestones),
    )
    gone = tuple(Put("simulations", old, None) for old in project.simulations.values())
    return Edit("Run simulation", (*gone, Put("simulations", None, stored)))


def last_simulation(project: Project) -> Simulation | None:
    return max(project.simulations.values(), key=lambda s: s.id, default=None)


@dataclass(frozen=True)
class Figures:
    """What a PM reads off a simulation: the finish and cost percentiles and the chances."""

    simulation: Simulation
    finish: dict[str, datetime]  # mean, p10, p50, p80, p90
    cost: dict[str, float]
    p_on_time: float  # of finishing by the planned finish
    p_within_cost: float  # of costing no more than planned

    @property
    def finishes(self) -> list[datetime]:
        return [from_abs(f) for f in self.simulation.finishes]


def figures(simulation: Simulation, calendar: WorkTime) -> Figures:
    """The figures of a stored simulation; the mean finish is put at the end of the working
    minute it falls in (an average of instants may be a night)."""
    finishes = np.array(simulation.finishes, np.int64)
    costs = np.array(simulation.costs, float)
    found = summary(finishes)
    mean = calendar.finish_instant(calendar.work_at(round(found["mean"])))
    finish = {key: from_abs(mean if key == "mean" else int(value)) for key, value in found.items()}
    planned = to_abs(simulation.planned_finish)
    return Figures(
        simulation,
        finish,
        summary(costs),
        float((finishes <= planned).mean()),
        float((costs <= simulation.planned_cost + 0.005).mean()),
    )
