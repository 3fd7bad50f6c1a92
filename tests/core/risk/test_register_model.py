"""The register's arithmetic and edits, as a PM checks them: scores, EMV, reserve, history, refusals."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from planner.core.edits.edit import apply_edit
from planner.core.edits.outline_edits import delete_tasks
from planner.core.errors import InputError
from planner.core.model.entities import Resource, Task
from planner.core.model.factory import new_project
from planner.core.risk.edits import add_risk, change_risk, delete_risks, linked_tasks, response_task, set_linked_tasks
from planner.core.risk.entities import Response, RiskKind, RiskScale, RiskStatus
from planner.core.risk.scales import Dimension, Scales
from planner.core.risk.scoring import contingency_reserve, emv, impact, residual_score, score
from planner.core.risk.typed import set_risk_field

MONDAY = date(2027, 1, 4)


def project_with_risk(**fields):
    project = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Build", position=1)
    project.tasks[2] = Task(2, "Test", position=2)
    project.resources[1] = Resource(1, "Ana Lopez", initials="AL")
    apply_edit(project, add_risk(project, MONDAY, "Vendor API late", **fields))
    return project, max(project.risks)


def test_default_probability_bands_hold_their_upper_limit():
    scales = Scales()
    assert [scales.probability_score(p) for p in (0.0, 0.1, 0.11, 0.3, 0.5, 0.51, 0.7, 0.71, 1.0)] == [
        1, 1, 2, 2, 3, 4, 4, 5, 5,
    ]  # fmt: skip


def test_a_project_rewords_its_scales():
    scales = Scales({1: RiskScale(1, Dimension.PROBABILITY, 1, "under 20%", 0.2)})
    assert scales.probability_score(0.15) == 1 and scales.describe(Dimension.PROBABILITY, 1) == "1 Very low (under 20%)"
    assert scales.describe(Dimension.COST, 3) == "3 Medium (25k to 50k)"
    assert scales.score_of_amount(Dimension.COST, 30_000) == 3


def test_score_is_probability_band_times_highest_impact_and_emv_is_signed():
    project, rid = project_with_risk(probability=0.6, impact_schedule=4, impact_cost=2, cost_impact=40_000)
    risk = project.risks[rid]
    assert impact(risk) == 4 and score(risk, Scales()) == 16
    assert emv(risk) == pytest.approx(24_000)
    apply_edit(project, add_risk(project, MONDAY, "Reuse the login component", kind=RiskKind.OPPORTUNITY,
                                 response=Response.EXPLOIT, probability=0.5, cost_impact=10_000))  # fmt: skip
    assert contingency_reserve(project) == pytest.approx(24_000 - 5_000)
    closed = change_risk(project, rid, MONDAY, status=RiskStatus.CLOSED)
    apply_edit(project, closed)
    assert contingency_reserve(project) == pytest.approx(-5_000)


def test_residual_score_falls_back_to_the_inherent_one():
    project, rid = project_with_risk(probability=0.6, impact_cost=4)
    risk = project.risks[rid]
    assert residual_score(risk, Scales()) == 16
    apply_edit(project, set_risk_field(project, rid, "residual_probability", "20%", MONDAY))
    assert residual_score(project.risks[rid], Scales()) == 8


def test_a_score_change_adds_a_dated_history_row_and_undo_takes_it_back():
    project, rid = project_with_risk(probability=0.3)
    assert [(h.day, h.probability) for h in project.risk_history.values()] == [(MONDAY, 0.3)]
    edit = set_risk_field(project, rid, "probability", "60%", date(2027, 1, 11))
    apply_edit(project, edit)
    assert [(h.day, h.probability) for h in project.risk_history.values()] == [(MONDAY, 0.3), (date(2027, 1, 11), 0.6)]
    apply_edit(project, edit.inverse())
    assert len(project.risk_history) == 1 and project.risks[rid].probability == 0.3
    apply_edit(project, set_risk_field(project, rid, "trigger", "no sandbox by March", MONDAY))
    assert len(project.risk_history) == 1  # not a score: no history row


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("probability", "120%", "probability 120% is over 100%"),
        ("probability", "likely", "probability 'likely' is not a number"),
        ("impact_cost", "7", "cost impact 7 is outside the scale 1 to 5"),
        ("cost_impact", "lots", "cost impact 'lots' is not an amount like 25000 or 25k"),
        ("response", "exploit", "response 'exploit' does not fit a threat"),
        ("owner_id", "Zed", "owner 'Zed' is not a resource of this project"),
        ("review", "31/31/2027", "review date '31/31/2027' is not a date"),
        ("tasks", "9", "there is no task 9 (the IDs go from 1 to 2)"),
    ],
)
def test_bad_input_is_refused_with_the_reason_and_nothing_changes(field, text, message):
    project, rid = project_with_risk(probability=0.3)
    before = project.risks[rid]
    with pytest.raises(InputError, match="^" + re.escape(message)):
        set_risk_field(project, rid, field, text, MONDAY)
    assert project.risks[rid] is before


def test_typed_owner_category_and_status():
    project, rid = project_with_risk()
    apply_edit(project, set_risk_field(project, rid, "owner_id", "al", MONDAY))
    apply_edit(project, set_risk_field(project, rid, "category_id", "Vendor", MONDAY))
    apply_edit(project, set_risk_field(project, rid, "status", "closed", date(2027, 2, 1)))
    risk = project.risks[rid]
    assert risk.owner_id == 1 and project.risk_categories[risk.category_id].name == "Vendor"
    assert risk.closed == date(2027, 2, 1)
    apply_edit(project, set_risk_field(project, rid, "status", "open", date(2027, 2, 2)))
    assert project.risks[rid].closed is None


def test_deleting_a_linked_task_drops_the_link_and_says_so():
    project, rid = project_with_risk()
    apply_edit(project, set_linked_tasks(project, rid, [1, 2]))
    edit = delete_tasks(project, [1])
    assert edit.label == f"Delete task (unlinks risk R{rid})"
    apply_edit(project, edit)
    assert linked_tasks(project, rid) == [2] and rid in project.risks


def test_deleting_a_risk_takes_its_links_and_history_but_not_its_tasks():
    project, rid = project_with_risk()
    apply_edit(project, set_linked_tasks(project, rid, [1]))
    apply_edit(project, delete_risks(project, [rid]))
    assert not project.risks and not project.risk_tasks and not project.risk_history and 1 in project.tasks


def test_a_response_task_is_created_and_linked_in_one_edit():
    project, rid = project_with_risk(response=Response.MITIGATE, response_plan="Build a mock of the API")
    apply_edit(project, set_linked_tasks(project, rid, [2]))
    edit = response_task(project, rid)
    apply_edit(project, edit)
    new = max(project.tasks)
    assert project.tasks[new].name == "Mitigate: Vendor API late" and project.tasks[new].position == 3
    assert "Build a mock of the API" in project.tasks[new].notes
    assert linked_tasks(project, rid) == [2] and linked_tasks(project, rid, response=True) == [new]
    assert set_linked_tasks(project, rid, [2]) is None  # typing the affected tasks leaves the response task
    apply_edit(project, edit.inverse())
    assert new not in project.tasks and linked_tasks(project, rid, response=True) == []


def test_the_reserve_is_offered_to_the_budget_contingency_line():
    from planner.core.model.costs import BudgetKind, BudgetLine
    from planner.core.risk.reserve import set_contingency_from_register

    project, rid = project_with_risk(probability=0.5, cost_impact=30_000)
    apply_edit(project, set_contingency_from_register(project))
    (line,) = project.budget_lines.values()
    assert (line.kind, line.amount) == (BudgetKind.CONTINGENCY, 15_000)
    assert set_contingency_from_register(project) is None  # holds it already
    project.budget_lines[9] = BudgetLine(9, "Build budget", 100_000)
    apply_edit(project, set_risk_field(project, rid, "probability", "20%", MONDAY))
    apply_edit(project, set_contingency_from_register(project))
    assert project.budget_lines[line.id].amount == 6_000 and project.budget_lines[9].amount == 100_000


def test_rewording_a_scale_changes_the_scores_read_by_it():
    from planner.core.risk.scale_edits import LevelWording, set_scales

    project, _ = project_with_risk(probability=0.25)
    assert Scales(project.risk_scales).probability_score(0.25) == 2
    edit = set_scales(project, [LevelWording(Dimension.PROBABILITY, 1, "up to 25%", 0.25)])
    apply_edit(project, edit)
    assert Scales(project.risk_scales).probability_score(0.25) == 1
    assert set_scales(project, [LevelWording(Dimension.PROBABILITY, 1, "up to 25%", 0.25)]) is None
    with pytest.raises(InputError, match=r"^probability limits must rise from level 1 to level 4$"):
        set_scales(project, [LevelWording(Dimension.PROBABILITY, 2, "up to 20%", 0.2)])
    with pytest.raises(InputError, match=r"^cost level 3 needs a meaning$"):
        set_scales(project, [LevelWording(Dimension.COST, 3, " ", 50_000)])
