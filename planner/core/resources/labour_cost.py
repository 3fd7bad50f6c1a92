"""What a resource's assignments cost, priced by the cost area's rules (planner.core.cost.rates).

MS Project's resource Cost: actual plus remaining, i.e. the work at the standard and
overtime rates plus cost per use for a person, quantity x price for a material, and
the amount entered on the assignment for a cost resource.
"""

from __future__ import annotations

from planner.core.cost.rates import labour, material
from planner.core.model.entities import Assignment, Resource


def assignment_cost(resource: Resource, assignment: Assignment, percent_complete: float) -> float:
    """The cost of one assignment (actual + remaining)."""
    if resource.kind == "cost":
        return assignment.cost
    price = material if resource.kind == "material" else labour
    amounts = price(assignment, resource, percent_complete)
    return amounts.actual + amounts.remaining
