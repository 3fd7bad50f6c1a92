"""The round trip a PM makes: export the stakeholder workbook, a team lead types progress into its
Schedule sheet (here with openpyxl, as Excel saves it), and `planner import-progress` reads it back."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from openpyxl import load_workbook

from planner.cli import main
from planner.exchange.demo import demo_project
from planner.store.projectfile import ProjectFile

pytest.importorskip("planner.exchange.workbook.schedule_sheet", reason="the workbook's Schedule sheet")

SPEC = "Business requirements specification"
EPICS = "Epics, user stories and acceptance criteria"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("round")
    plan = folder / "demo.plandb"
    ProjectFile.create(plan, demo_project()).close()
    book = folder / "demo.xlsx"
    assert main(["export", str(plan), "-o", str(book)]) == 0
    return plan, book


def edited(book, tmp_path, changes: dict[str, dict[str, object]]):
    """The workbook with the Schedule cells of the named tasks changed, saved as the team lead's copy."""
    workbook = load_workbook(book)
    sheet = workbook["Schedule"]
    header = {cell.value: cell.column for cell in sheet[1] if cell.value}
    for row in sheet.iter_rows(min_row=2):
        name = row[header["Name"] - 1].value
        for title, value in changes.get(name, {}).items():
            row[header[title] - 1].value = value
    target = tmp_path / "back.xlsx"
    workbook.save(target)
    return target


def test_the_untouched_workbook_changes_nothing(exported, tmp_path, capsys):
    plan, book = exported
    assert main(["import-progress", str(plan), str(book), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"changes": [], "refused": [], "applied": False}


def test_progress_typed_into_the_exported_workbook_comes_back_as_one_edit(exported, tmp_path, capsys):
    plan, book = exported
    back = edited(
        book,
        tmp_path,
        {
            SPEC: {"% Complete": 1.0, "Actual Finish": datetime(2027, 2, 12, 17)},
            EPICS: {"Remaining Duration": 6},
            "Requirements review workshop with business owners": {"Name": "Review workshop", "% Complete": 0.5},
        },
    )
    work = tmp_path / "work.plandb"
    work.write_bytes(plan.read_bytes())
    assert main(["import-progress", str(work), str(back), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert [r["message"] for r in report["refused"]] == [
        "row 13: task 12 is now 'Requirements review workshop with business owners', not 'Review workshop'"
    ]
    assert main(["import-progress", str(work), str(back), "--skip-bad-rows", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    changes = {(c["id"], c["field"]): (c["old"], c["new"]) for c in report["changes"]}
    assert report["applied"] is True
    assert changes[(9, "percent_complete")] == (75.0, 100.0)
    assert changes[(9, "actual_finish")] == (None, "2027-02-12T17:00")
    assert changes[(11, "remaining_duration")] == ("4d", "6d")
    assert {task_id for task_id, _field in changes} == {9, 11}
    with ProjectFile.open(work, writable=False) as file:
        project = file.load()
    spec = next(t for t in project.tasks.values() if t.name == SPEC)
    assert (spec.percent_complete, spec.actual_finish) == (100.0, datetime(2027, 2, 12, 17))
