"""Importing a register: the columns a PM's sheet has, every bad row named, nothing written on a problem."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from planner.cli import main
from planner.core.edits.edit import apply_edit
from planner.core.model.entities import Resource, Task
from planner.core.model.factory import new_project
from planner.core.risk.entities import Response, RiskKind
from planner.exchange.risk_import import RegisterError, read_register
from planner.store.document import Document
from planner.store.projectfile import ProjectFile

TODAY = date(2027, 2, 1)


def small_project():
    project = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Build", position=1)
    project.tasks[2] = Task(2, "Test", position=2)
    project.resources[1] = Resource(1, "Ana Lopez", initials="AL")
    return project


def write(tmp_path, text: str):
    path = tmp_path / "register.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_register_becomes_risks_with_owners_tasks_and_categories(tmp_path):
    path = write(
        tmp_path,
        "Risk,Type,Category,Probability,Impact,Cost,Owner,Response,Tasks,Review Date\n"
        "Vendor API late,threat,Vendor,40%,4,30k,Ana Lopez,mitigate,1;2,2027-02-15\n"
        "Reuse login component,opportunity,Vendor,0.5,2,10000,AL,exploit,,\n",
    )
    project = small_project()
    edit = read_register(path, project, TODAY)
    apply_edit(project, edit)
    first, second = project.risks.values()
    assert (first.title, first.probability, first.impact_schedule, first.cost_impact) == (
        "Vendor API late",
        0.4,
        4,
        30_000,
    )
    assert first.owner_id == 1 and first.response is Response.MITIGATE and first.review == date(2027, 2, 15)
    assert second.kind is RiskKind.OPPORTUNITY and second.response is Response.EXPLOIT
    assert [c.name for c in project.risk_categories.values()] == ["Vendor"]  # added once, used twice
    assert sorted(t.task_id for t in project.risk_tasks.values()) == [1, 2]
    assert len(project.risk_history) == 2 and edit.label == "Import 2 risks"


def test_every_bad_row_is_named_and_nothing_is_imported(tmp_path):
    path = write(
        tmp_path,
        "Title,Probability,Cost Impact,Owner,Tasks\n"
        "Fine risk,30%,3,AL,1\n"
        "Too likely,120%,3,AL,\n"
        "Off the scale,30%,7,AL,\n"
        "Nobody owns it,30%,2,Zed,\n"
        ",30%,2,,\n"
        "Lost task,abc,2,,9\n",
    )
    project = small_project()
    with pytest.raises(RegisterError) as refused:
        read_register(path, project, TODAY)
    assert refused.value.problems == [
        "row 3: probability 120% is over 100%",
        "row 4: cost impact 7 is outside the scale 1 to 5",
        "row 5: owner 'Zed' is not a resource of this project",
        "row 6: the risk has no title",
        "row 7: probability 'abc' is not a number",
    ]
    assert project.risks == {}


def test_an_xlsx_register_with_percent_cells(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Title", "Probability", "Schedule Impact", "Delay", "Status", "Identified"])
    sheet.append(["Key person leaves", 0.25, 3, "10d", "open", datetime(2027, 1, 11)])
    sheet["B2"].number_format = "0%"
    path = tmp_path / "register.xlsx"
    book.save(path)
    project = small_project()
    apply_edit(project, read_register(path, project, TODAY))
    (risk,) = project.risks.values()
    assert (
        risk.probability == 0.25 and risk.schedule_impact_minutes == 10 * 480 and risk.identified == date(2027, 1, 11)
    )


def test_planner_risks_imports_then_prints_json(tmp_path, capsys):
    plan = tmp_path / "plan.plandb"
    ProjectFile.create(plan, small_project()).close()
    sheet = write(tmp_path, "Title,Probability,Cost,Cost Impact,Tasks\nVendor API late,40%,30000,3,2\n")
    assert main(["risks", str(plan), "--import", str(sheet), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["contingency_reserve"] == 12_000 and out["currency"] == "EUR"
    (risk,) = out["risks"]
    assert set(risk) == {"id", "title", "category", "kind", "probability", "impact", "score", "emv", "owner",
                         "response", "status", "review_date", "tasks"}  # fmt: skip
    assert (risk["probability"], risk["impact"], risk["score"], risk["emv"], risk["tasks"]) == (0.4, 3, 9, 12000, [2])


def test_planner_risks_refuses_a_bad_sheet_in_one_line_per_row_and_writes_nothing(tmp_path, capsys):
    plan = tmp_path / "plan.plandb"
    ProjectFile.create(plan, small_project()).close()
    before = plan.read_bytes()
    sheet = write(tmp_path, "Title,Probability\nA,120%\nB,30%\n")
    assert main(["risks", str(plan), "--import", str(sheet)]) == 2
    err = capsys.readouterr().err
    assert "register.csv: row 2: probability 120% is over 100%" in err and "Traceback" not in err
    assert "nothing was imported" in err
    with Document.open(plan) as document:
        assert document.project.risks == {}
    assert plan.read_bytes() == before


def test_planner_risks_sets_the_budget_contingency(tmp_path, capsys):
    plan = tmp_path / "plan.plandb"
    ProjectFile.create(plan, small_project()).close()
    sheet = write(tmp_path, "Title,Probability,Cost\nVendor API late,40%,30000\n")
    assert main(["risks", str(plan), "--import", str(sheet), "--set-contingency"]) == 0
    assert "contingency reserve is 12,000 EUR" in capsys.readouterr().err
    with Document.open(plan) as document:
        (line,) = document.project.budget_lines.values()
    assert line.amount == 12_000 and line.kind == "contingency"


def test_a_bad_register_leaves_an_older_file_unmigrated(tmp_path, capsys):
    import shutil
    from pathlib import Path

    old = tmp_path / "old.plandb"
    shutil.copy(Path(__file__).parents[2] / "store" / "samples" / "schema-3.plandb", old)
    sheet = write(tmp_path, "Title,Probability\n")
    assert main(["risks", str(old), "--import", str(sheet)]) == 2
    assert "register.csv has a header row but no risks below it" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.plandb", "register.csv"]
