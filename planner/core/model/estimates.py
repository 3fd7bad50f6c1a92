"""Three-point duration estimates and the stored result of a schedule risk simulation.

A PM who doubts a task's duration gives three: the best case, the likely case and the
worst case (MS Project's PERT fields). The Monte Carlo simulation (core/risk/simulation*)
draws each run's duration from them; a task without an estimate keeps its own duration.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Distribution(StrEnum):
    """How a duration is drawn between its optimistic and pessimistic values."""

    TRIANGULAR = "triangular"  # peaks at the most likely value
    PERT = "pert"  # a smoother beta around it: the mean is (o + 4m + p) / 6
    UNIFORM = "uniform"  # every value between o and p alike; the most likely is not used

    @property
    def label(self) -> str:
        return DISTRIBUTION_LABELS[self]


DISTRIBUTION_LABELS = {
    Distribution.TRIANGULAR: "Triangular",
    Distribution.PERT: "PERT",
    Distribution.UNIFORM: "Uniform",
}


@dataclass
class TaskEstimate:
    """One task's optimistic, most likely and pessimistic working durations, in minutes."""

    id: int
    task_id: int
    optimistic_minutes: int
    most_likely_minutes: int
    pessimistic_minutes: int
    distribution: Distribution = Distribution.TRIANGULAR


@dataclass
class TaskRisk:
    """What one task did across a simulation's runs."""

    task_id: int
    criticality: float  # share of runs in which the task was critical, 0..1
    sensitivity: float  # Spearman correlation of its duration with the project finish, -1..1


@dataclass
class MilestoneOdds:
    """The chance a milestone finishes by its deadline (or by its planned date when it has none)."""

    task_id: int
    target: datetime
    p_on_time: float


@dataclass
class Simulation:
    """The last Monte Carlo run of the project, kept in the file so a reopen shows it.

    `finishes` and `costs` hold every run (finish as minutes since the worktime EPOCH, the
    instant the run's last task ends): the charts are drawn from them.
    """

    id: int
    run_at: datetime
    runs: int
    seed: int
    planned_finish: datetime  # the CPM finish when the simulation ran
    planned_cost: float
    finishes: tuple[int, ...]
    costs: tuple[float, ...]
    tasks: tuple[TaskRisk, ...] = ()
    milestones: tuple[MilestoneOdds, ...] = ()
