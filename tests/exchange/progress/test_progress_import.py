"""`planner import-progress`: a team lead's filled-in Schedule sheet back into the plan, as one edit."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from planner.cli import main
from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project
from planner.store.document import Document
from planner.store.projectfile import ProjectFile
from tests.exchange.progress.sheets import row_of, schedule_sheet, write_returned

SPEC = "Business requirements specification"  # task 9: 75% of 12d, started Wed 2027-01-20
EPICS = "Epics, user stories and acceptance criteria"  # task 11: 50% of 8d


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.plandb"
    ProjectFile.create(path, demo_project()).close()
    return path


@pytest.fixture
def rows():
    return schedule_sheet(schedule(demo_project()))


def load(path):
    with ProjectFile.open(path, writable=False) as file:
        return file.load()


def by_name(project, name):
    return next(t for t in project.tasks.values() if t.name == name)


def run_json(capsys, *args) -> tuple[int, dict]:
    code = main(["import-progress", *map(str, args), "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_an_untouched_sheet_changes_nothing(demo_file, rows, tmp_path, capsys):
    code, report = run_json(capsys, demo_file, write_returned(tmp_path / "back.xlsx", rows))
    assert (code, report) == (0, {"changes": [], "refused": [], "applied": False})


def test_percent_dates_and_remaining_are_applied_as_ms_project_does(demo_file, rows, tmp_path, capsys):
    row_of(rows, SPEC)[2] = 1.0  # a fraction in a % cell: done
    row_of(rows, SPEC)[4] = datetime(2027, 2, 12)  # an Excel date: finished that day
    row_of(rows, EPICS)[5] = "6d"  # 4d done, 6 left: the duration becomes 10d, 40% complete
    row_of(rows, "Requirements review workshop with business owners")[2] = 50  # a number 0-100
    code, report = run_json(capsys, demo_file, write_returned(tmp_path / "back.xlsx", rows))
    assert code == 0 and report["applied"] is True and report["refused"] == []
    changes = {(c["id"], c["field"]): (c["old"], c["new"]) for c in report["changes"]}
    assert changes[(9, "percent_complete")] == (75.0, 100.0)
    assert changes[(9, "actual_finish")] == (None, "2027-02-12T17:00")
    assert changes[(11, "duration")] == ("8d", "10d")
    assert changes[(11, "remaining_duration")] == ("4d", "6d")
    assert changes[(11, "percent_complete")] == (50.0, 40.0)
    assert changes[(12, "percent_complete")] == (0.0, 50.0)
    assert set(report["changes"][0]) == {"id", "name", "field", "old", "new"}
    project = load(demo_file)
    spec, epics = by_name(project, SPEC), by_name(project, EPICS)
    assert (spec.percent_complete, spec.actual_finish) == (100.0, datetime(2027, 2, 12, 17))
    assert (epics.duration.minutes, epics.percent_complete) == (10 * 480, 40.0)
    assert by_name(project, "Requirements review workshop with business owners").actual_start is not None


def test_the_whole_import_is_one_undo_step(demo_file, rows, tmp_path):
    row_of(rows, SPEC)[2] = 0.9
    row_of(rows, EPICS)[2] = 0.75
    before = load(demo_file)
    with Document.open(demo_file) as document:
        from planner.exchange.progress_sheet import progress_from_workbook

        found = progress_from_workbook(document.schedule, write_returned(tmp_path / "back.xlsx", rows))
        assert found.edit.label == "Import progress from back.xlsx" and len(found.edit.changes) == 2
        document.apply(found.edit)
        document.apply(found.edit.inverse())
    assert load(demo_file).tasks == before.tasks


def test_rows_whose_task_moved_or_was_renamed_are_refused_by_row_and_nothing_is_applied(
    demo_file, rows, tmp_path, capsys
):
    row_of(rows, SPEC)[2] = 1.0
    row_of(rows, "Stakeholder interviews (sales, customer service, finance)")[1] = "Stakeholder interviews"
    rows.append([99, "Perf tests", 0.5, None, None, "2d"])
    path = write_returned(tmp_path / "back.xlsx", rows)
    code, report = run_json(capsys, demo_file, path)
    assert code == 2 and report["applied"] is False
    assert report["refused"] == [
        {"row": 10, "message": "row 10: task 8 is now 'Stakeholder interviews (sales, customer service, finance)', "
         "not 'Stakeholder interviews'"},
        {"row": 91, "message": "row 91: there is no task 99 in the project (it has 88)"},
    ]  # fmt: skip
    assert {c["id"] for c in report["changes"]} == {9}  # what the good rows would change
    assert by_name(load(demo_file), SPEC).percent_complete == 75.0
    # --skip-bad-rows applies the good rows, and still names the bad ones
    code = main(["import-progress", str(demo_file), str(path), "--skip-bad-rows"])
    captured = capsys.readouterr()
    assert code == 0 and "row 91: there is no task 99" in captured.err
    assert f"task 9 '{SPEC}': % complete 75% -> 100%" in captured.out
    assert by_name(load(demo_file), SPEC).percent_complete == 100.0


def test_bad_cells_are_refused_with_what_would_be_understood(demo_file, rows, tmp_path, capsys):
    row_of(rows, SPEC)[2] = "150%"
    row_of(rows, EPICS)[3] = "someday"
    row_of(rows, "Requirements review workshop with business owners")[5] = "-2d"
    row_of(rows, "Requirements")[2] = 0.9  # a summary's % comes from its subtasks
    code, report = run_json(capsys, demo_file, write_returned(tmp_path / "back.xlsx", rows))
    messages = [r["message"] for r in report["refused"]]
    assert code == 2 and len(messages) == 4
    assert any("row 9: task 7 'Requirements' is a summary" in m for m in messages)
    assert any(m.startswith("row 11: % complete '150%' is not a percentage from 0 to 100") for m in messages)
    assert any(m.startswith("row 13: actual start 'someday'") for m in messages)
    assert any(m.startswith("row 14: duration '-2d' is negative") for m in messages)


def test_a_dry_run_prints_the_changes_and_writes_nothing(demo_file, rows, tmp_path, capsys):
    row_of(rows, SPEC)[2] = 0.8
    before = load(demo_file)
    assert main(["import-progress", str(demo_file), str(write_returned(tmp_path / "b.xlsx", rows)), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"task 9 '{SPEC}': % complete 75% -> 80%" in out
    assert "dry run: 1 task(s) would change; nothing was written" in out
    assert load(demo_file).tasks == before.tasks


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("ID,Name\n1,x\n"), "progress comes back in the stakeholder workbook (.xlsx)"),
        (lambda p: p.write_bytes(b"not a zip"), "is not an Excel .xlsx workbook"),
    ],
)
def test_a_file_that_is_no_workbook_gets_one_line(demo_file, tmp_path, capsys, make, message):
    path = tmp_path / ("back.csv" if "stakeholder" in message else "back.xlsx")
    make(path)
    assert main(["import-progress", str(demo_file), str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]


def test_a_workbook_without_the_schedule_sheet_or_its_header_is_refused(demo_file, rows, tmp_path, capsys):
    from openpyxl import Workbook

    book = Workbook()
    book.save(tmp_path / "empty.xlsx")
    assert main(["import-progress", str(demo_file), str(tmp_path / "empty.xlsx")]) == 2
    assert "has no Schedule sheet" in capsys.readouterr().err
    path = write_returned(tmp_path / "odd.xlsx", rows, header=["Task ID", "Task", "Done"])
    assert main(["import-progress", str(demo_file), str(path)]) == 2
    assert "the Schedule sheet has no header row with the titles ID and Name" in capsys.readouterr().err
