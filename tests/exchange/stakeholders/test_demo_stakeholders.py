"""The demo's stakeholders and communication plan: across the grid, with overdue lines on its status date."""

from __future__ import annotations

from planner.core.communication.grid import GapBand, Quadrant, engagement_gap, gap_band, quadrant
from planner.core.communication.plan import due_soon, overdue_communications
from planner.exchange.demo import demo_project


def test_ten_stakeholders_in_every_quadrant_with_each_gap_band():
    project = demo_project()
    people = list(project.stakeholders.values())
    assert len(people) == 10
    assert {quadrant(s) for s in people} == set(Quadrant)
    assert {gap_band(engagement_gap(s)) for s in people} == set(GapBand)
    assert all(s.contact.endswith("@example.com") and s.role for s in people)


def test_the_plan_has_overdue_and_due_soon_lines_owned_by_the_team():
    project = demo_project()
    day = project.status_date.date()
    assert [c.what for c in overdue_communications(project, day)] == ["Project newsletter", "Weekly status report"]
    assert len(due_soon(project, day)) == 2
    team = {r.name for r in project.resources.values()}
    assert {c.owner for c in project.communications.values()} <= team
