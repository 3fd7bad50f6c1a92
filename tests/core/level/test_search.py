"""The resource-constrained core: schedules that fit, and short ones on PSPLIB instances."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.level.problem import Problem
from planner.core.level.search import critical_path, lower_bound, priority_order, solve
from planner.core.level.sgs import makespan, serial

sys.path.insert(0, str(Path(__file__).parents[3] / "benchmarks"))
from psplib import data_folder, read_sm


def usage(problem: Problem, start: list[int]) -> dict[tuple[int, int], int]:
    """Units in use per (resource, period)."""
    used: dict[tuple[int, int], int] = {}
    for j, dem in enumerate(problem.demands):
        for r, q in dem:
            for t in range(start[j], start[j] + problem.durations[j]):
                used[(r, t)] = used.get((r, t), 0) + q
    return used


def assert_feasible(problem: Problem, start: list[int]) -> None:
    for j, edges in enumerate(problem.predecessors):
        assert start[j] >= problem.release[j]
        for i, off in edges:
            assert start[j] >= start[i] + off, (i, j)
    for (r, _t), units in usage(problem, start).items():
        assert units <= problem.capacities[r]


@st.composite
def problems(draw) -> Problem:
    n = draw(st.integers(1, 12))
    caps = draw(st.lists(st.integers(1, 5), min_size=1, max_size=3))
    durations = draw(st.lists(st.integers(0, 6), min_size=n, max_size=n))
    demands = [[(r, q) for r, cap in enumerate(caps) if (q := draw(st.integers(0, cap)))] for _ in range(n)]
    preds = [[(i, durations[i] + draw(st.integers(-1, 2))) for i in range(j) if draw(st.booleans())] for j in range(n)]
    release = draw(st.lists(st.integers(0, 5), min_size=n, max_size=n))
    return Problem(durations, demands, caps, preds, release)


@given(problems())
def test_a_serial_schedule_keeps_every_link_and_capacity(problem: Problem) -> None:
    assert_feasible(problem, serial(problem, range(problem.size)))


@settings(max_examples=40)
@given(problems())
def test_the_search_finds_a_schedule_that_fits_and_no_shorter_than_the_bound(problem: Problem) -> None:
    found = solve(problem, schedules=30, population=6)
    assert_feasible(problem, found.start)
    assert found.makespan == makespan(problem, found.start) >= lower_bound(problem)


def test_two_tasks_on_one_person_run_one_after_the_other() -> None:
    problem = Problem([3, 2], [[(0, 1)], [(0, 1)]], [1], [[], []])
    found = solve(problem)
    assert sorted((found.start[0], found.start[1])) in ([0, 3], [0, 2])
    assert found.makespan == 5


def test_an_activity_needing_more_than_there_is_is_refused_not_searched_for_ever() -> None:
    problem = Problem([2, 1], [[(0, 3)], [(0, 1)]], [2], [[], []])
    with pytest.raises(ValueError, match="activity 0 alone needs more"):
        solve(problem)


@pytest.mark.skipif(not (Path("/work/shared/data/psplib").is_dir()), reason="PSPLIB data not here")
@pytest.mark.parametrize(("name", "optimum"), [("j3011_2.sm", 56), ("j3010_6.sm", 44)])
def test_psplib_instances_reach_their_proven_optimum(name: str, optimum: int) -> None:
    problem = read_sm(data_folder() / "j30" / name)
    _, latest_finish = critical_path(problem)
    single_pass = serial(problem, priority_order(problem, [(f, j) for j, f in enumerate(latest_finish)]))
    found = solve(problem, schedules=3000)
    assert_feasible(problem, found.start)
    assert found.makespan == optimum <= makespan(problem, single_pass)
