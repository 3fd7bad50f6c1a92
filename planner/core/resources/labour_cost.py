"""What a resource's assignments cost, until the cost area (planner/core/cost) prices them in full.

MS Project's rule at its simplest: a work resource costs its work x its standard
rate, a material its units x its rate, and every assignment adds the resource's
cost per use. Overtime, rate tables and accruals are the cost area's.
"""

from __future__ import annotations

from planner.core.model.entities import Resource
from planner.core.resources.loads import AssignmentLoad


def load_cost(resource: Resource, load: AssignmentLoad) -> float:
    """The cost of one assignment."""
    if resource.kind == "material":
        return load.units * resource.standard_rate + resource.cost_per_use
    if resource.kind == "cost":
        return resource.cost_per_use
    return load.work_minutes / 60 * resource.standard_rate + resource.cost_per_use
