"""A register from a PM's spreadsheet: columns by title, rows read as typed, bad rows named by row number."""

from __future__ import annotations

import json
from datetime import date, datetime

import openpyxl
import pytest

from planner.cli import main
from planner.core.communication.registers import STAKEHOLDERS
from planner.core.edits.edit import apply_edit
from planner.core.errors import InputError
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.core.quality.entities import DefectStatus, Severity
from planner.core.quality.registers import DEFECTS
from planner.exchange.register_import import RegisterImportError, read_register_sheet
from planner.store.projectfile import ProjectFile


@pytest.fixture
def project():
    p = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    p.tasks[5] = Task(5, "System test", position=1)
    return p


def test_a_defect_list_from_csv(tmp_path, project):
    sheet = tmp_path / "defects.csv"
    sheet.write_text("ID;Title;severity;Found in;Status;FOUND;Colour\n"
                     "7;Login fails on Safari;Critical;1;in progress;01.03.2027;red\n"
                     "8;Typo on the start page;trivial;System test;;2027-03-02;\n", encoding="utf-8")  # fmt: skip
    result = read_register_sheet(sheet, project, DEFECTS)
    apply_edit(project, result.edit)
    first, second = project.defects[1], project.defects[2]
    assert (first.severity, first.task_id, first.status, first.found) == (
        Severity.CRITICAL, 5, DefectStatus.IN_PROGRESS, date(2027, 3, 1))  # fmt: skip
    assert (second.status, second.task_id) == (DefectStatus.NEW, 5)  # a blank status keeps the register's default
    assert result.ignored_columns == ["Colour"] and result.edit.label == "Import 2 defects"


def test_bad_rows_are_named_and_nothing_is_imported_unless_skipped(tmp_path, project):
    book = openpyxl.Workbook()
    book.active.append(["Name", "Power", "Interest", "Engagement"])
    book.active.append(["Dana Sponsor", 5, 2, "resistant"])
    book.active.append(["Sam Support", 7, 4, "neutral"])
    book.active.append(["", 3, 3, "neutral"])
    path = tmp_path / "stakeholders.xlsx"
    book.save(path)
    with pytest.raises(RegisterImportError) as refused:
        read_register_sheet(path, project, STAKEHOLDERS)
    assert refused.value.problems == [
        "row 3: power 7 is not a whole number from 1 to 5",
        "row 4: a name is needed; it cannot be left blank",
    ]
    result = read_register_sheet(path, project, STAKEHOLDERS, skip_bad_rows=True)
    assert [s.name for s in result.records] == ["Dana Sponsor"]


def test_a_sheet_without_the_title_column_is_refused(tmp_path, project):
    sheet = tmp_path / "x.csv"
    sheet.write_text("Severity,Owner\nmajor,Ann\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.csv: no Title column"):
        read_register_sheet(sheet, project, DEFECTS)


def test_the_command_line_adds_types_imports_and_lists(tmp_path, capsys):
    path = tmp_path / "p.plandb"
    ProjectFile.create(path, new_project("Portal", datetime(2027, 1, 4, 8, 0))).close()
    assert main(["register-add", str(path), "defects", "Login fails", "--set", "severity=maj", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"id": 1, "label": "D1"}
    assert main(["register-set", str(path), "defect", "D1", "--set", "status=in", "--set", "found=2027-03-01"]) == 0
    assert main(["register-set", str(path), "defects", "D1", "--set", "status=closed",
                 "--set", "closed=2027-02-01"]) == 2  # fmt: skip
    assert "closed date 2027-02-01 is before" in capsys.readouterr().err
    sheet = tmp_path / "more.csv"
    sheet.write_text("Title,Severity\nSlow search,minor\nBad,huge\n", encoding="utf-8")
    assert main(["register-import", str(path), "defects", str(sheet)]) == 2
    assert "row 3: severity 'huge'" in capsys.readouterr().err
    assert main(["register-import", str(path), "defects", str(sheet), "--skip-bad-rows", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"] == ["D2"]
    assert main(["register", str(path), "defects", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["records"]
    assert [(r["label"], r["severity"], r["status"]) for r in listed] == [
        ("D1", "major", "in progress"),  # the refused --set pair changed nothing, the first pair neither
        ("D2", "minor", "new"),
    ]
    assert main(["register", str(path), "bugs"]) == 2
    assert "there is no register 'bugs'" in capsys.readouterr().err


def test_a_defect_added_from_the_command_line_is_found_on_the_status_date(tmp_path, capsys):
    project = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    project.status_date = datetime(2027, 2, 15, 17, 0)
    path = tmp_path / "p.plandb"
    ProjectFile.create(path, project).close()
    assert main(["register-add", str(path), "defects", "Login fails"]) == 0
    assert main(["register-add", str(path), "lessons", "Book the experts early"]) == 0
    capsys.readouterr()
    assert main(["register", str(path), "defects", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"][0]["found"] == "2027-02-15"
    assert main(["register", str(path), "lessons", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"][0]["raised"] == "2027-02-15"
