"""The simulation checked against cases with known answers (issue 12)."""

from __future__ import annotations

from datetime import datetime
from statistics import NormalDist

import numpy as np
import pytest

from planner.core.errors import Cancelled, InputError
from planner.core.model.duration import Duration
from planner.core.model.entities import Link, Project, Task
from planner.core.model.estimates import Distribution, TaskEstimate
from planner.core.model.factory import new_project
from planner.core.progress import JobSteps
from planner.core.risk.simulation import simulate
from planner.core.risk.simulation_draws import RiskEvent
from planner.core.schedule.scheduler import Scheduler

START = datetime(2027, 1, 4, 8, 0)
DAY = 480


def chain(n: int, low: int, mode: int, high: int, kind: Distribution = Distribution.TRIANGULAR) -> Project:
    project = new_project("chain", START)
    for t in range(1, n + 1):
        project.tasks[t] = Task(t, f"T{t}", position=t, duration=Duration(mode))
        project.task_estimates[t] = TaskEstimate(t, t, low, mode, high, kind)
        if t > 1:
            project.links[t] = Link(t, t - 1, t)
    return project


def run(project: Project, runs: int, seed: int = 1, risks=()):
    scheduler = Scheduler(project)
    outcome = simulate(project, scheduler.compiled, scheduler.schedule, runs=runs, seed=seed, risks=risks)
    calendar = scheduler.compiled.calendars[project.calendar_id]
    start = calendar.work_at(calendar.start_instant(calendar.offset(START)))
    spans = np.array([calendar.work_at(int(f)) for f in outcome.finishes]) - start
    return outcome, spans


def test_a_chain_of_triangular_tasks_adds_means_and_variances_and_its_p50_is_the_normal_one() -> None:
    n, low, mode, high = 40, 2 * DAY, 3 * DAY, 7 * DAY
    _outcome, spans = run(chain(n, low, mode, high), 20_000)
    mean = n * (low + mode + high) / 3
    variance = n * (low**2 + mode**2 + high**2 - low * mode - low * high - mode * high) / 18
    assert spans.mean() == pytest.approx(mean, rel=0.005)
    assert spans.var() == pytest.approx(variance, rel=0.05)
    normal = NormalDist(mean, variance**0.5)
    assert np.percentile(spans, 50) == pytest.approx(normal.inv_cdf(0.5), rel=0.005)
    assert np.percentile(spans, 80) == pytest.approx(normal.inv_cdf(0.8), rel=0.01)


@pytest.mark.parametrize(
    ("kind", "mean"),
    [(Distribution.PERT, (2 + 4 * 3 + 7) / 6), (Distribution.UNIFORM, (2 + 7) / 2)],
)
def test_pert_and_uniform_chains_have_their_means(kind, mean) -> None:
    _outcome, spans = run(chain(20, 2 * DAY, 3 * DAY, 7 * DAY, kind), 10_000)
    assert spans.mean() == pytest.approx(20 * mean * DAY, rel=0.01)
    assert spans.min() >= 20 * 2 * DAY and spans.max() <= 20 * 7 * DAY


def test_two_identical_parallel_paths_are_each_critical_half_the_time() -> None:
    project = new_project("paths", START)
    for t, name in ((1, "A1"), (2, "A2"), (3, "B1"), (4, "B2")):
        project.tasks[t] = Task(t, name, position=t, duration=Duration(5 * DAY))
        project.task_estimates[t] = TaskEstimate(t, t, 3 * DAY, 5 * DAY, 9 * DAY)
    project.tasks[5] = Task(5, "Done", position=5, duration=Duration(0), milestone=True)
    project.links = {1: Link(1, 1, 2), 2: Link(2, 3, 4), 3: Link(3, 2, 5), 4: Link(4, 4, 5)}
    outcome, _spans = run(project, 10_000)
    for task_id in (1, 2, 3, 4):
        assert outcome.criticality[task_id] == pytest.approx(0.5, abs=0.02)
    assert outcome.criticality[5] == 1.0
    assert outcome.sensitivity[1] == pytest.approx(outcome.sensitivity[3], abs=0.05)
    assert 0.3 < outcome.sensitivity[1] < 0.7


def test_a_risk_of_probability_0_3_makes_30_percent_of_runs_late_by_its_delay() -> None:
    project = chain(3, 2 * DAY, 2 * DAY, 2 * DAY)  # sure durations: 6 days
    risk = RiskEvent(1, 0.3, 2 * DAY, 25_000.0, (2,))
    outcome, spans = run(project, 10_000, risks=(risk,))
    late = spans == 8 * DAY
    assert set(spans.tolist()) == {6 * DAY, 8 * DAY}
    assert late.mean() == pytest.approx(0.3, abs=0.015)
    assert (outcome.costs[late] == outcome.planned_cost + 25_000).all()
    assert (outcome.costs[~late] == outcome.planned_cost).all()
    assert outcome.p_on_time == pytest.approx(0.7, abs=0.015)


def test_the_same_seed_gives_the_same_runs_and_another_seed_others() -> None:
    project = chain(10, DAY, 2 * DAY, 4 * DAY)
    first, again, other = run(project, 500, 5)[1], run(project, 500, 5)[1], run(project, 500, 6)[1]
    assert (first == again).all() and not (first == other).all()


def test_a_milestone_deadline_has_its_chance() -> None:
    project = chain(2, DAY, 2 * DAY, 3 * DAY)  # two tasks, 2..6 days
    project.tasks[3] = Task(3, "Go live", position=3, duration=Duration(0), milestone=True)
    project.tasks[3].deadline = datetime(2027, 1, 7, 17, 0)  # by 4 days of work
    project.links[3] = Link(3, 2, 3)
    outcome, spans = run(project, 5_000)
    ((task_id, _target, chance),) = outcome.milestones
    assert task_id == 3 and chance == pytest.approx((spans <= 4 * DAY).mean())
    assert 0.3 < chance < 0.7


def test_bad_runs_are_refused_and_a_cancel_stops_it() -> None:
    project = chain(3, DAY, DAY, 2 * DAY)
    scheduler = Scheduler(project)
    with pytest.raises(InputError, match="runs must be between 1 and 1,000,000, not 0"):
        simulate(project, scheduler.compiled, scheduler.schedule, runs=0)
    steps = JobSteps(cancelled=lambda: True, job="The simulation")
    with pytest.raises(Cancelled, match="The simulation cancelled"):
        simulate(project, scheduler.compiled, scheduler.schedule, runs=100, steps=steps)
