"""Estimates and a simulation's results survive the file; a bad stored row is refused by name."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from planner.core.model.estimates import Distribution, MilestoneOdds, Simulation, TaskEstimate, TaskRisk
from planner.store.errors import FileProblem
from planner.store.projectfile import ProjectFile
from tests.ui.helpers import small_project


def simulation() -> Simulation:
    return Simulation(
        1,
        datetime(2027, 1, 2, 9, 30),
        3,
        42,
        datetime(2027, 1, 11, 17, 0),
        1000.0,
        (22_000_000, 22_000_100, 22_000_200),
        (900.0, 1000.0, 1300.5),
        (TaskRisk(4, 0.75, 0.5),),
        (MilestoneOdds(5, datetime(2027, 1, 12, 17, 0), 0.8),),
    )


def test_estimates_and_the_simulation_round_trip(tmp_path) -> None:
    project = small_project()
    project.task_estimates = {1: TaskEstimate(1, 4, 960, 1440, 2880, Distribution.PERT)}
    project.simulations = {1: simulation()}
    path = tmp_path / "p.plandb"
    ProjectFile.create(path, project).close()
    with ProjectFile.open(path) as file:
        again = file.load()
    assert again.task_estimates == project.task_estimates
    assert again.simulations == project.simulations


def test_a_stored_estimate_out_of_order_is_refused_naming_the_row(tmp_path) -> None:
    project = small_project()
    project.task_estimates = {1: TaskEstimate(1, 4, 960, 1440, 2880)}
    path = tmp_path / "p.plandb"
    ProjectFile.create(path, project).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE task_estimates SET pessimistic_minutes = 10")
    connection.close()
    with pytest.raises(FileProblem, match=r"task_estimate 1: .*not optimistic <= most likely <= pessimistic"):
        ProjectFile.open(path).load()
