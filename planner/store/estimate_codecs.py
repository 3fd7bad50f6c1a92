"""Three-point estimates and the last simulation's results (from schema 10, 0010_estimates).

A simulation keeps every run's finish and cost so that its charts redraw on reopen:
10,000 runs are two packed arrays of 80 kB, not 20,000 rows.
"""

from __future__ import annotations

import json
from array import array
from typing import Any

from planner.core.model.estimates import Distribution, MilestoneOdds, Simulation, TaskEstimate, TaskRisk
from planner.store.fields import MAX_MINUTES, BadField, enum, moment, number, text, text_of, whole

ESTIMATES_SINCE = "0010_estimates"
ESTIMATE_COLUMNS = ("id", "task_id", "optimistic_minutes", "most_likely_minutes", "pessimistic_minutes", "distribution")
SIMULATION_COLUMNS = (
    "id",
    "run_at",
    "runs",
    "seed",
    "planned_finish",
    "planned_cost",
    "finishes",
    "costs",
    "tasks",
    "milestones",
)


def estimate_values(e: TaskEstimate) -> tuple:
    return (
        e.id,
        e.task_id,
        e.optimistic_minutes,
        e.most_likely_minutes,
        e.pessimistic_minutes,
        e.distribution.value,
    )


def estimate_of(values: tuple) -> TaskEstimate:
    eid, task_id, optimistic, likely, pessimistic, distribution = values
    optimistic = whole(optimistic, "optimistic duration")
    likely = whole(likely, "most likely duration")
    pessimistic = whole(pessimistic, "pessimistic duration")
    if not optimistic <= likely <= pessimistic:
        raise BadField(
            f"durations {optimistic}, {likely}, {pessimistic} minutes are not optimistic <= most likely <= pessimistic"
        )
    return TaskEstimate(
        id=eid,
        task_id=whole(task_id, "task", 1, 2**62),
        optimistic_minutes=optimistic,
        most_likely_minutes=likely,
        pessimistic_minutes=pessimistic,
        distribution=enum(Distribution, distribution, "distribution"),
    )


def simulation_values(s: Simulation) -> tuple:
    return (
        s.id,
        text_of(s.run_at),
        s.runs,
        s.seed,
        text_of(s.planned_finish),
        s.planned_cost,
        array("q", s.finishes).tobytes(),
        array("d", s.costs).tobytes(),
        json.dumps([[t.task_id, t.criticality, t.sensitivity] for t in s.tasks]),
        json.dumps([[m.task_id, text_of(m.target), m.p_on_time] for m in s.milestones]),
    )


def simulation_of(values: tuple) -> Simulation:
    sid, run_at, runs, seed, planned_finish, planned_cost, finishes, costs, tasks, milestones = values
    runs = whole(runs, "runs", 1, 10**7)
    finishes_read, costs_read = _packed(finishes, "q", runs, "finishes"), _packed(costs, "d", runs, "costs")
    try:
        task_rows = tuple(TaskRisk(int(t), float(c), float(s)) for t, c, s in json.loads(text(tasks, "tasks", "[]")))
        milestone_rows = tuple(
            MilestoneOdds(int(t), _moment(when), float(p)) for t, when, p in json.loads(text(milestones, "milestones"))
        )
    except (TypeError, ValueError):
        raise BadField("the per-task or milestone results are not lists of [id, value, value]") from None
    return Simulation(
        id=sid,
        run_at=_moment(run_at, "run at"),
        runs=runs,
        seed=whole(seed, "seed", 0, 2**63 - 1),
        planned_finish=_moment(planned_finish, "planned finish"),
        planned_cost=number(planned_cost, "planned cost", -1e15, 1e15),
        finishes=finishes_read,
        costs=costs_read,
        tasks=task_rows,
        milestones=milestone_rows,
    )


def _moment(value: Any, field: str = "milestone target") -> Any:
    found = moment(value, field)
    if found is None:
        raise BadField(f"{field} is empty")
    return found


def _packed(value: Any, code: str, runs: int, field: str) -> tuple:
    if type(value) is not bytes or len(value) != runs * 8:
        raise BadField(f"{field} does not hold {runs} runs")
    values = tuple(array(code, value))
    if code == "q" and any(not 0 <= v <= MAX_MINUTES * 3 for v in values):
        raise BadField(f"{field} holds a date outside the years Planner schedules")
    return values
