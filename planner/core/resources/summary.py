"""Per resource: its work, cost, peak units and over-allocations (`planner resources`, the Team view)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from planner.core.resources.labour_cost import assignment_cost
from planner.core.resources.loads import AssignmentLoad
from planner.core.resources.overallocation import Overallocation, overallocations
from planner.core.resources.periods import Granularity
from planner.core.resources.usage import Usage


@dataclass(frozen=True)
class ResourceSummary:
    resource_id: int
    name: str
    kind: str
    max_units: float
    work_minutes: int  # a work resource's; 0 for material and cost resources
    cost: float
    peak_units: float
    overallocations: tuple[Overallocation, ...]

    @property
    def overallocated(self) -> bool:
        return bool(self.overallocations)


def resource_summary(usage: Usage, resource_id: int, granularity: Granularity = Granularity.DAY) -> ResourceSummary:
    resource = usage.resource(resource_id)
    loads = usage.by_resource.get(resource_id, [])
    work = usage.is_work(resource_id)
    return ResourceSummary(
        resource_id=resource_id,
        name=resource.name,
        kind=resource.kind,
        max_units=resource.max_units,
        work_minutes=usage.total_work(resource_id) if work else 0,
        cost=round(sum(_cost(usage, load) for load in loads), 2),
        peak_units=round(usage.peak_units(resource_id), 4) if work else 0.0,
        overallocations=tuple(overallocations(usage, resource_id, granularity)),
    )


def _cost(usage: Usage, load: AssignmentLoad) -> float:
    """An assignment's cost, its work as the usage counts it (units x duration where it has none)."""
    assignment = replace(usage.project.assignments[load.assignment_id], work_minutes=load.work_minutes)
    resource = usage.resource(assignment.resource_id)
    return assignment_cost(resource, assignment, usage.schedule.percent_complete(assignment.task_id))


def resource_summaries(usage: Usage, granularity: Granularity = Granularity.DAY) -> list[ResourceSummary]:
    """Every resource of the project, in the order of its Unique ID (the resource sheet's)."""
    return [resource_summary(usage, rid, granularity) for rid in sorted(usage.project.resources)]
