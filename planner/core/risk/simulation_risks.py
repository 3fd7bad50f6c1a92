"""The register's open risks as the simulation's events.

A risk occurs in a run by its probability (the inherent one, as its EMV counts it); its
schedule impact goes onto each linked task that is not one of its response tasks (a
mitigation task is the cure, not the patient), and its cost impact onto the run's cost.
An opportunity's impacts count the other way: time and money saved. Occurred and closed
risks are no longer chances: an occurred one is an issue, its effect in the plan already.
"""

from __future__ import annotations

from planner.core.model.entities import Project
from planner.core.risk.entities import RiskKind, RiskStatus
from planner.core.risk.simulation_draws import RiskEvent


def risk_events(project: Project) -> tuple[RiskEvent, ...]:
    linked: dict[int, list[int]] = {}
    for link in project.risk_tasks.values():
        if not link.response and link.task_id in project.tasks:
            linked.setdefault(link.risk_id, []).append(link.task_id)
    events = []
    for risk in sorted(project.risks.values(), key=lambda r: r.id):
        if risk.status is not RiskStatus.OPEN:
            continue
        sign = -1 if risk.kind is RiskKind.OPPORTUNITY else 1
        events.append(
            RiskEvent(
                risk.id,
                risk.probability,
                sign * risk.schedule_impact_minutes,
                sign * risk.cost_impact,
                tuple(sorted(linked.get(risk.id, ()))),
            )
        )
    return tuple(events)
