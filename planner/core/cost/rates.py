"""What one assignment costs: labour at the standard and overtime rates, material by quantity.

Work and rates are per hour (MS Project's default rate unit). The split into actual
and remaining follows the actual work (or the task's % complete when the assignment
records none), as MS Project splits Cost into Actual Cost and Remaining Cost.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.model.costs import Accrual
from planner.core.model.entities import Assignment, Resource


@dataclass(frozen=True)
class Amounts:
    planned: float
    actual: float
    remaining: float


def accrual_of(resource: Resource) -> Accrual:
    """The resource's Accrue At (the Resources part's field); prorated where it has none."""
    value = getattr(resource, "accrue_at", Accrual.PRORATED)
    try:
        return Accrual(value)
    except ValueError:
        return Accrual.PRORATED


def hourly(resource: Resource, rate: float) -> float:
    """A rate per hour. The file keeps every rate per hour whatever unit it is shown in
    (`standard_rate_unit` only says how: €400/d on an 8-hour day is stored as 50.0)."""
    return rate


def actual_work(assignment: Assignment, percent_complete: float) -> int:
    if assignment.actual_work_minutes is not None:
        return assignment.actual_work_minutes
    return round(assignment.work_minutes * percent_complete / 100)


def labour(assignment: Assignment, resource: Resource, percent_complete: float) -> Amounts:
    """Regular work at the standard rate, overtime work at the overtime rate, plus cost per use
    (counted once, when work starts: actual once the task has begun, remaining until then)."""
    work = assignment.work_minutes
    overtime = min(assignment.overtime_work_minutes, work)
    done = actual_work(assignment, percent_complete)
    done_overtime = min(overtime, round(done * overtime / work)) if work else 0
    standard, extra = hourly(resource, resource.standard_rate), hourly(resource, resource.overtime_rate)

    def priced(regular: int, over: int) -> float:
        return regular / 60 * standard + over / 60 * extra

    started = done > 0 or percent_complete > 0
    left = max(0, work - done)
    left_overtime = min(left, max(0, overtime - done_overtime))
    per_use = resource.cost_per_use
    return Amounts(
        planned=priced(work - overtime, overtime) + per_use,
        actual=priced(done - done_overtime, done_overtime) + (per_use if started else 0.0),
        remaining=priced(left - left_overtime, left_overtime) + (0.0 if started else per_use),
    )


def material(assignment: Assignment, resource: Resource, percent_complete: float) -> Amounts:
    """A material's quantity (the assignment's units) at its price, used up as the task progresses."""
    planned = assignment.units * resource.standard_rate + resource.cost_per_use
    actual = planned * min(percent_complete, 100) / 100
    return Amounts(planned, actual, planned - actual)
