"""The demo's register: credible, complete and checked like the rest of the demo."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.core.errors import InputError
from planner.core.risk.entities import RiskKind, RiskStatus
from planner.core.risk.register import register_lines, reviews_due, score_trend
from planner.core.risk.scoring import contingency_reserve
from planner.exchange.demo import demo_project
from planner.exchange.demo_risks import add_risks_from_toml


def test_the_demo_has_a_credible_register():
    project = demo_project()
    lines = register_lines(project)
    assert 14 <= len(lines) <= 18
    assert {line.risk.kind for line in lines} == {RiskKind.THREAT, RiskKind.OPPORTUNITY}
    assert all(line.owner for line in lines) and all(line.tasks for line in lines)
    assert sum(1 for t in project.risk_tasks.values() if t.response) >= 3  # a few with mitigation tasks
    assert {line.risk.status for line in lines} == set(RiskStatus)
    assert max(line.score for line in lines) >= 15  # the heat map has a red cell
    assert 50_000 < contingency_reserve(project) < 150_000


def test_the_history_runs_over_the_weeks_to_the_status_date():
    project = demo_project()
    status = project.status_date.date()
    trend = score_trend(project, status)
    assert trend[0].day == project.start.date() and trend[-1].day == status and len(trend) >= 5
    assert all(h.day <= status for h in project.risk_history.values())
    due = reviews_due(register_lines(project), status)
    assert any(r.overdue for r in due) and any(not r.overdue for r in due)
    assert all(r.days <= 7 for r in due)
    assert status + timedelta(days=7) >= max(r.line.risk.review for r in due)


def test_a_mistake_in_the_register_source_names_the_risk():
    project = demo_project()
    project.risks.clear()
    text = """categories = ["Vendor"]
[[risks]]
id = 1
title = "Too likely"
category = "Vendor"
probability = "120%"
owner = "AS"
response = "mitigate"
identified = 2027-01-04
"""
    with pytest.raises(InputError, match=r"^portal-risks.toml: risk 1: probability 120% is over 100%$"):
        add_risks_from_toml(project, text)
