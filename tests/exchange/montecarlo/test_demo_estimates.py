"""The demo's three-point estimates and the simulation a new demo file carries."""

from __future__ import annotations

import pytest

from planner.core.edits.estimate_edits import estimate_of_task
from planner.core.errors import InputError
from planner.core.schedule.worktime import to_abs
from planner.exchange.demo import demo_file_project, demo_project
from planner.exchange.demo_estimates import DEMO_RUNS, DEMO_SEED, add_estimates_from_toml


def test_the_demo_doubts_the_vendor_integration_and_defect_fixing_tasks() -> None:
    project = demo_project()
    assert len(project.task_estimates) == 16
    names = {project.tasks[e.task_id].name for e in project.task_estimates.values()}
    assert "Integration: CRM customer and order sync (Dynamics 365)" in names
    assert "SIT defect fixing" in names
    for estimate in project.task_estimates.values():
        assert estimate.most_likely_minutes == project.tasks[estimate.task_id].duration.minutes
        assert estimate.optimistic_minutes < estimate.pessimistic_minutes
    assert project.simulations == {}  # demo_project() stays quick: the runs are made with a demo file


def test_a_demo_file_opens_with_a_seeded_simulation_run_on_the_status_date() -> None:
    project = demo_file_project()
    (simulation,) = project.simulations.values()
    assert (simulation.runs, simulation.seed) == (DEMO_RUNS, DEMO_SEED)
    assert simulation.run_at == project.status_date
    assert to_abs(simulation.planned_finish) < max(simulation.finishes)


def test_a_mistake_in_the_estimates_file_names_the_task() -> None:
    project = demo_project()
    project.task_estimates = {}
    bad = '[[estimates]]\ntask = 9\noptimistic = "14d"\nmost_likely = "12d"\npessimistic = "18d"\n'
    with pytest.raises(InputError, match=r"estimate 1 \(task 9\): the optimistic duration \(14d\) cannot be longer"):
        add_estimates_from_toml(project, bad, "x.toml")
    assert estimate_of_task(project, 9) is None
