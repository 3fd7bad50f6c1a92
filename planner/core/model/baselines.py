"""Baselines and earned-value settings as plain data (migration 0008_baselines).

A baseline is a snapshot of the plan a PM measures the project against: MS Project
keeps eleven (Baseline, Baseline 1 ... Baseline 10), each with the date it was saved.
`Baseline` is one saved snapshot; `TaskBaseline` is one task's row in it. The
time-phased baseline cost that planned value needs is not stored: it is the task's
baseline cost spread over its baseline span in the task's working time (MS Project's
prorated accrual), so it is derived from the stored start, finish and cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

BASELINE_NUMBERS = range(11)  # Baseline (0) and Baseline 1 ... Baseline 10


def baseline_label(number: int) -> str:
    """How MS Project names baseline `number`: "Baseline", "Baseline 1" ... "Baseline 10"."""
    return "Baseline" if number == 0 else f"Baseline {number}"


@dataclass
class Baseline:
    """One saved baseline: which of the eleven, its name, when it was saved, and whether
    variances and earned value are measured against it (one baseline at a time is)."""

    id: int
    number: int
    name: str = ""
    saved: datetime | None = None
    for_variance: bool = False


@dataclass
class TaskBaseline:
    """One task as a baseline saved it: dates, duration, work and cost."""

    id: int
    baseline_id: int
    task_id: int
    start: datetime
    finish: datetime
    duration_minutes: int = 0
    work_minutes: int = 0
    cost: float = 0.0


class EarnedValueMethod(StrEnum):
    """How a task earns its value: from its % complete, or from a physical % complete the PM judges."""

    PERCENT = "percent"
    PHYSICAL = "physical"


@dataclass
class TaskEarnedValue:
    """A task's earned-value method and physical % complete (a task without a row earns by % complete)."""

    id: int
    task_id: int
    method: EarnedValueMethod = EarnedValueMethod.PERCENT
    physical_percent: float = 0.0
