"""The demo's three-point estimates (`resources/demo/portal-estimates.toml`, whose header gives
the schema), and the seeded simulation a fresh demo file carries so its Simulation page opens
full. Each value is checked as a typed one is (core.edits.estimate_edits), naming the task."""

from __future__ import annotations

import tomllib
from datetime import datetime
from importlib.resources import files

from planner.core.edits.edit import apply_edit
from planner.core.edits.estimate_edits import check_points, parse_distribution
from planner.core.errors import InputError
from planner.core.model.duration import parse_duration
from planner.core.model.entities import Project
from planner.core.model.estimates import TaskEstimate
from planner.core.model.task_ids import TaskIds
from planner.core.model.wbs import Outline
from planner.core.risk.simulation_results import record_simulation
from planner.core.schedule.scheduler import Scheduler

DEMO_ESTIMATES_FILE = "portal-estimates.toml"
KEYS = {"task", "optimistic", "most_likely", "pessimistic", "distribution", "why"}
DEMO_RUNS, DEMO_SEED = 1000, 2027


def add_demo_estimates(project: Project) -> None:
    """Put the demo's estimates into the demo project (built fresh: rows go straight in)."""
    text = (files("planner.resources") / "demo" / DEMO_ESTIMATES_FILE).read_text(encoding="utf-8")
    add_estimates_from_toml(project, text, DEMO_ESTIMATES_FILE)


def add_estimates_from_toml(project: Project, text: str, source: str = DEMO_ESTIMATES_FILE) -> None:
    try:
        rows = tomllib.loads(text).get("estimates", [])
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{source}: not valid TOML: {error}") from None
    ids = TaskIds(Outline.of(project).rows())
    for number, row in enumerate(rows, start=1):
        where = f"{source}: estimate {number} (task {row.get('task', '?')})"
        try:
            project.task_estimates[number] = _estimate(project, ids, number, row)
        except InputError as error:
            raise InputError(f"{where}: {error}") from None


def _estimate(project: Project, ids: TaskIds, number: int, row: dict) -> TaskEstimate:
    unknown = sorted(set(row) - KEYS)
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r}")
    task_id = ids.uid_or_refuse(row["task"]) if isinstance(row.get("task"), int) else None
    if task_id is None:
        raise InputError("task must be a task ID")
    points = [parse_duration(row[key], project.units).minutes for key in ("optimistic", "most_likely", "pessimistic")]
    check_points(project, *points)
    if points[1] != project.tasks[task_id].duration.minutes:
        raise InputError("most_likely must be the task's duration in the plan")
    kind = parse_distribution(row.get("distribution", "triangular"))
    return TaskEstimate(number, task_id, *points, distribution=kind)


def add_demo_simulation(project: Project) -> None:
    """A seeded simulation of the demo as its PM ran it on the status date, kept in the project."""
    from planner.exchange.simulation_report import run_simulation

    outcome = run_simulation(Scheduler(project), DEMO_RUNS, DEMO_SEED)
    run_at = project.status_date or datetime.combine(project.start.date(), datetime.min.time())
    apply_edit(project, record_simulation(project, outcome, run_at))
