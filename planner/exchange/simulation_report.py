"""`planner simulate`: run the Monte Carlo simulation headless, keep it in the file, and say
what it found, as a table for people or JSON (`runs`, `finish`, `cost`, `tasks`, `milestones`).

Dates are ISO local times (2027-06-30T17:00); each task is given by its row ID (`id`) and
Unique ID (`uid`), as `planner schedule --json` gives them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from planner.core.model.entities import Project
from planner.core.model.task_ids import TaskIds
from planner.core.model.wbs import Outline
from planner.core.progress import JobSteps
from planner.core.risk.simulation import Outcome, simulate
from planner.core.risk.simulation_results import Figures, figures, record_simulation
from planner.core.risk.simulation_risks import risk_events
from planner.core.schedule.scheduler import Scheduler
from planner.store.document import Document

KEYS = ("mean", "p10", "p50", "p80", "p90")


def run_simulation(scheduler: Scheduler, runs: int, seed: int, steps: JobSteps | None = None) -> Outcome:
    """The project's simulation with the register's open risks."""
    project = scheduler.project
    return simulate(project, scheduler.compiled, scheduler.schedule, runs, seed, risk_events(project), steps)


def simulate_into(document: Document, scheduler: Scheduler, runs: int, seed: int) -> Figures:
    """Run, keep the outcome in the file (one edit), and give its figures."""
    outcome = run_simulation(scheduler, runs, seed)
    document.apply(record_simulation(document.project, outcome, datetime.now()))
    project = document.project
    stored = max(project.simulations.values(), key=lambda s: s.id)
    return figures(stored, scheduler.compiled.calendars[project.calendar_id])


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def simulation_dict(project: Project, found: Figures) -> dict[str, Any]:
    simulation = found.simulation
    ids = TaskIds(Outline.of(project).rows())
    tasks = sorted(simulation.tasks, key=lambda t: ids.id_of(t.task_id) if t.task_id in project.tasks else 0)
    return {
        "runs": simulation.runs,
        "seed": simulation.seed,
        "run_at": _iso(simulation.run_at),
        "finish": {
            **{key: _iso(found.finish[key]) for key in KEYS},
            "planned": _iso(simulation.planned_finish),
            "p_on_time": round(found.p_on_time, 4),
        },
        "cost": {
            **{key: round(found.cost[key], 2) for key in KEYS},
            "planned": simulation.planned_cost,
            "p_within": round(found.p_within_cost, 4),
        },
        "tasks": [
            {"id": ids.id_of(t.task_id), "uid": t.task_id, "criticality": t.criticality, "sensitivity": t.sensitivity}
            for t in tasks
            if t.task_id in project.tasks
        ],
        "milestones": [
            {
                "id": ids.id_of(m.task_id),
                "uid": m.task_id,
                "name": project.tasks[m.task_id].name,
                "target": _iso(m.target),
                "p_on_time": m.p_on_time,
            }
            for m in simulation.milestones
            if m.task_id in project.tasks
        ],
    }


def simulation_lines(project: Project, found: Figures, top: int = 10) -> list[str]:
    """The figures for people: percentiles, chances, the most critical and most sensitive tasks."""
    simulation, currency = found.simulation, project.currency
    lines = [
        f"{simulation.runs:,} runs (seed {simulation.seed}), run {simulation.run_at:%Y-%m-%d %H:%M}",
        f"{'':8}{'finish':>18}{'cost':>16}",
    ]
    for key in KEYS:
        lines.append(f"{key.upper():8}{found.finish[key]:%a %Y-%m-%d %H:%M}".ljust(26) + f"{found.cost[key]:>16,.0f}")
    lines.append(
        f"planned {simulation.planned_finish:%a %Y-%m-%d %H:%M}: {found.p_on_time:.0%} of runs finish by then; "
        f"{found.p_within_cost:.0%} cost at most the planned {simulation.planned_cost:,.0f} {currency}"
    )
    ids = TaskIds(Outline.of(project).rows())
    known = [t for t in simulation.tasks if t.task_id in project.tasks]
    ranked = sorted(known, key=lambda t: (-abs(t.sensitivity), -t.criticality))[:top]
    if ranked:
        lines.append(f"{'ID':>5}  {'critical':>8}  {'sensitivity':>11}  task")
        for t in ranked:
            name = project.tasks[t.task_id].name
            lines.append(f"{ids.id_of(t.task_id):>5}  {t.criticality:>8.0%}  {t.sensitivity:>11.2f}  {name}")
    for m in simulation.milestones:
        if m.task_id in project.tasks:
            name = project.tasks[m.task_id].name
            lines.append(f"milestone {name}: {m.p_on_time:.0%} by {m.target:%a %Y-%m-%d %H:%M}")
    return lines
