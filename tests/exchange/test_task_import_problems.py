"""A broken task list gets messages a PM can act on: which row, what is wrong; never a traceback."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from planner.core.errors import InputError
from planner.core.schedule.engine import schedule
from planner.exchange.task_import import RowProblem, SheetError, import_tasks, read_task_sheet

DATA = Path(__file__).parent / "data"
START = datetime(2027, 1, 4, 8, 0)


def write_csv(folder: Path, text: str, name: str = "tasks.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(folder: Path, text: str) -> list[str]:
    return [str(p) for p in read_task_sheet(write_csv(folder, text), start=START).problems]


# -- one file, every kind of bad row, all reported at once ----------------------------------------
@pytest.fixture(scope="module")
def bad_rows():
    return read_task_sheet(DATA / "bad_rows.csv")


@pytest.mark.parametrize(
    "expected",
    [
        "row 4: duration 'three days' is not understood; write e.g. 3d, 4h, 2w, 30m or 3ed",
        "row 5: task ID 3 is used twice (also row 4)",
        "row 6: outline level 4 follows level 2",
        "row 8: predecessor 99 is not a task in this sheet",
        "row 9: priority 'high' is not a whole number from 0 to 1000",
        "row 10: start 'Mon 13/1/27' is not a date; write e.g. 2027-01-04, 1/4/2027 or Mon 1/4/27 8:00 AM",
        "row 12: predecessor 12 closes a loop of links: "
        "row 12 (10 'Loop A') -> row 13 (11 'Loop B') -> row 14 (12 'Loop C') -> row 12 (10 'Loop A')",
        "row 15: constraint 'Must Start On' needs a Constraint Date",
    ],
)
def test_each_bad_row_is_reported_with_its_spreadsheet_row_number(bad_rows, expected) -> None:
    assert expected in [str(p) for p in bad_rows.problems]


def test_a_bad_constraint_name_lists_the_names_that_work(bad_rows) -> None:
    (problem,) = [p for p in bad_rows.problems if p.row == 11]
    assert problem.message.startswith("constraint type 'Start Sometime' is not one of As Soon As Possible,")
    assert "Must Finish On" in problem.message


def test_all_problems_are_collected_in_row_order_and_nothing_else(bad_rows) -> None:
    assert [p.row for p in bad_rows.problems] == [4, 5, 6, 8, 9, 10, 11, 12, 15]
    assert bad_rows.rows == 14 and not bad_rows.ok


def test_the_good_rows_still_make_a_project_a_preview_can_schedule(bad_rows) -> None:
    project = bad_rows.project
    names = {task.name: task for task in project.tasks.values()}
    assert list(names) == ["Phase one", "Plan", "Under the deep task", "Loop A", "Loop B", "Loop C"]
    assert sorted(project.tasks) == [1, 2, 3, 4, 5, 6]  # numbered in row order, whatever the sheet's IDs
    # its summary row was bad: it moves up to the nearest good one
    assert names["Under the deep task"].parent_id == names["Phase one"].id
    assert len(project.links) == 2  # the link that closed the loop is left out
    schedule(project)


def test_import_tasks_refuses_the_sheet_with_a_one_line_summary_and_the_details(bad_rows) -> None:
    with pytest.raises(SheetError) as caught:
        import_tasks(DATA / "bad_rows.csv")
    assert str(caught.value) == "bad_rows.csv: 9 rows have problems"
    assert caught.value.problems == bad_rows.problems
    assert isinstance(caught.value, InputError)


def test_one_bad_row_is_summarised_in_the_singular(tmp_path) -> None:
    with pytest.raises(SheetError, match=r"^tasks\.csv: 1 row has problems$"):
        import_tasks(write_csv(tmp_path, "Name,Duration\nA,1d\nB,-2d\n"), start=START)


def test_a_row_problem_reads_as_the_row_and_the_reason() -> None:
    assert str(RowProblem(7, "duration 'x' is not understood")) == "row 7: duration 'x' is not understood"


# -- bad rows one at a time -----------------------------------------------------------------------
def test_outline_level_jump_is_reported_once_and_the_rows_below_still_nest(tmp_path) -> None:
    text = "ID,Name,Outline Level\n1,A,1\n2,B,1\n3,C,1\n4,D,3\n5,E,4\n6,F,1\n"
    assert problems_of(tmp_path, text) == ["row 5: outline level 3 follows level 1"]


def test_the_first_task_must_be_at_level_one(tmp_path) -> None:
    assert problems_of(tmp_path, "Name,Outline Level\nA,2\n") == [
        "row 2: outline level 2 follows the top of the sheet; the first task must be level 1"
    ]


def test_a_link_to_the_tasks_own_summary_is_refused(tmp_path) -> None:
    text = "ID,Name,Outline Level,Predecessors\n1,Phase,1,\n2,Work,2,1\n"
    assert problems_of(tmp_path, text) == [
        "row 3: predecessor 1 is a summary task above this one; a task cannot follow its own summary"
    ]


def test_a_summary_cannot_follow_its_own_subtask_nor_itself(tmp_path) -> None:
    text = "ID,Name,Outline Level,Predecessors\n1,Phase,1,2\n2,Work,2,\n3,Other,1,3\n"
    assert problems_of(tmp_path, text) == [
        "row 2: predecessor 2 is a subtask of this task; a summary cannot follow its own subtask",
        "row 4: predecessor 3 is this task itself",
    ]


def test_a_summary_follows_only_by_fs_or_ss(tmp_path) -> None:
    text = "ID,Name,Outline Level,Predecessors\n1,Before,1,\n2,Phase,1,1FF\n3,Work,2,\n"
    assert problems_of(tmp_path, text) == ["row 3: predecessor 1FF: a summary task can follow only by FS or SS links"]


def test_a_loop_through_a_summary_is_found(tmp_path) -> None:
    text = "ID,Name,Outline Level,Predecessors\n1,Phase,1,3\n2,Work,2,\n3,Review,1,2\n"
    (problem,) = problems_of(tmp_path, text)
    assert problem.startswith("row 2: predecessor 3 closes a loop of links: row 2 (1 'Phase')")
    assert "row 3 (2 'Work')" in problem and "row 4 (3 'Review')" in problem


def test_two_loops_are_both_reported(tmp_path) -> None:
    text = "ID,Name,Predecessors\n1,A,2\n2,B,1\n3,C,4\n4,D,3\n"
    assert [p.split(":")[0] for p in problems_of(tmp_path, text)] == ["row 2", "row 4"]


DATE_HINT = "is not a date; write e.g. 2027-01-04, 1/4/2027 or Mon 1/4/27 8:00 AM"


@pytest.mark.parametrize(
    ("header", "row", "problem"),
    [
        ("Name,Duration", "A,three days", "duration 'three days' is not understood; write e.g. 3d, 4h, 2w, 30m or 3ed"),
        ("Name,Duration", "A,-2d", "duration '-2d' is negative; a task cannot take less than no time"),
        ("Name,Predecessors", "A,3XX", "predecessor '3XX': a lag starts with + or -, as in 3FS+2d"),
        ("Name,Priority", "A,1001", "priority '1001' is not a whole number from 0 to 1000"),
        ("Name,Priority", "A,7.5", "priority '7.5' is not a whole number from 0 to 1000"),
        ("Name,% Complete", "A,150%", "% complete '150%' is not a percentage from 0 to 100"),
        ("ID,Name", "x,A", "task ID 'x' is not a whole number of 0 or more"),
        ("Name,Outline Level", "A,top", "outline level 'top' is not a whole number of 0 or more"),
        ("Name,Deadline", "A,soon", f"deadline 'soon' {DATE_HINT}"),
        ("Name,Finish", "A,2/30/2027", f"finish '2/30/2027' {DATE_HINT}"),
        ("Name,Constraint Date,Constraint Type", "A,someday,SNET", f"constraint date 'someday' {DATE_HINT}"),
        ("Name,Start", "A,1/4/1900", "start '1/4/1900' is outside the years Planner schedules (1984-2149)"),
        ("Name,Start", "A,Tue 1/4/27", "start 'Tue 1/4/27': January 4, 2027 is a Monday, not a Tuesday; dates like"),
        ("ID,Name,Duration", "1, ,2d", "the task has no name"),
    ],
)
def test_a_bad_cell_is_named_with_its_value(tmp_path, header, row, problem) -> None:
    (found,) = problems_of(tmp_path, f"{header}\n{row}\n")
    assert found.startswith(f"row 2: {problem}")


def test_finish_before_start_is_a_problem(tmp_path) -> None:
    assert problems_of(tmp_path, "Name,Start,Finish\nA,1/8/2027,1/4/2027\n") == [
        "row 2: finish Mon 2027-01-04 17:00 is before start Fri 2027-01-08 08:00"
    ]


def test_unknown_repeated_and_nameless_columns_are_skipped_with_a_warning(tmp_path) -> None:
    text = "Name,Resource Names,Duration,duration,,Hyperlink\nA,Ann,2d,3d,stray,100\n"
    result = read_task_sheet(write_csv(tmp_path, text), start=START)
    assert result.ok and result.project.tasks[1].duration.minutes == 960
    assert result.warnings == [
        "column 'duration' appears twice; column D is skipped",
        "column E has no header; skipped",
        "column 'Hyperlink' is not imported; skipped",
        "column 'Resource Names' is not imported without a resource list "
        "(--resources FILE, or a Resources sheet in the workbook); skipped",
    ]


# -- files that are not a task list at all --------------------------------------------------------
def refused(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_task_sheet(path, start=START)
    assert not isinstance(caught.value, SheetError)
    return str(caught.value)


def test_a_missing_file(tmp_path) -> None:
    assert refused(tmp_path / "nope.csv") == f"{tmp_path / 'nope.csv'}: there is no such file"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("tasks.txt", "tasks.txt: only .csv and .xlsx task lists can be imported"),
        ("tasks.xls", "tasks.xls: old Excel 97-2003 workbooks (.xls) cannot be read; save it as .xlsx or .csv"),
    ],
)
def test_an_unsupported_kind_of_file(tmp_path, name, message) -> None:
    assert refused(write_csv(tmp_path, "Name\nA\n", name)) == message


def test_an_xlsx_that_is_not_a_workbook(tmp_path) -> None:
    message = refused(write_csv(tmp_path, "Name,Duration\nA,1d\n", "tasks.xlsx"))
    assert message == "tasks.xlsx is not an Excel .xlsx workbook, or it is damaged or password-protected"


def test_a_zip_that_is_not_a_workbook(tmp_path) -> None:
    with zipfile.ZipFile(tmp_path / "tasks.xlsx", "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert "is not an Excel .xlsx workbook" in refused(tmp_path / "tasks.xlsx")


def test_an_xlsx_renamed_to_csv(tmp_path) -> None:
    openpyxl.Workbook().save(tmp_path / "tasks.csv")
    message = refused(tmp_path / "tasks.csv")
    assert message == "tasks.csv is an Excel workbook, not a text (CSV) file; name it .xlsx (or save it as CSV)"


def test_a_binary_file_named_csv(tmp_path) -> None:
    (tmp_path / "tasks.csv").write_bytes(b"Name\x00\x00\x01\x02")
    assert refused(tmp_path / "tasks.csv") == "tasks.csv is not a text (CSV) file"


@pytest.mark.parametrize("text", ["", "\n\n", ",,,\n"])
def test_an_empty_csv(tmp_path, text) -> None:
    assert refused(write_csv(tmp_path, text)) == "tasks.csv is empty: it has no header row and no tasks"


def test_an_empty_workbook(tmp_path) -> None:
    openpyxl.Workbook().save(tmp_path / "tasks.xlsx")
    assert refused(tmp_path / "tasks.xlsx") == "tasks.xlsx is empty: it has no header row and no tasks"


def test_a_header_without_tasks(tmp_path) -> None:
    assert refused(write_csv(tmp_path, "ID,Name,Duration\n\n")) == "tasks.csv has a header row but no tasks below it"


def test_a_sheet_without_a_name_column(tmp_path) -> None:
    message = refused(write_csv(tmp_path, "Project plan 2027\nDesign\n"))
    assert message == "tasks.csv has no Name column (the columns found are 'Project plan 2027'); is row 1 the header?"


def test_a_csv_that_is_neither_utf8_nor_windows_1252(tmp_path) -> None:
    path = tmp_path / "tasks.csv"
    path.write_bytes(b"Name\n\x81\x8d\x8f\x90\x9d\xff\xfe\n")
    assert refused(path) == "tasks.csv is not text in UTF-8 or Windows-1252; save it from Excel as 'CSV UTF-8'"


def test_an_unknown_country(tmp_path) -> None:
    with pytest.raises(InputError, match="no public holidays are known for country code 'XX'"):
        read_task_sheet(write_csv(tmp_path, "Name\nA\n"), start=START, country="XX")


def test_a_note_over_several_lines_is_one_row_as_in_a_spreadsheet(tmp_path) -> None:
    text = 'Name,Duration,Notes\nA,1d,"first line\nsecond line"\n\nB,soon,\n'
    assert problems_of(tmp_path, text) == [
        "row 4: duration 'soon' is not understood; write e.g. 3d, 4h, 2w, 30m or 3ed"
    ]


def test_row_numbers_in_a_workbook_count_the_blank_rows(tmp_path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A2"], sheet["B2"] = "Name", "Duration"  # a blank row 1 above the header
    sheet["A3"], sheet["B3"] = "A", "1d"
    sheet["A6"], sheet["B6"] = "B", "soon"
    workbook.save(tmp_path / "tasks.xlsx")
    problems = read_task_sheet(tmp_path / "tasks.xlsx", start=START).problems
    assert [str(p) for p in problems] == ["row 6: duration 'soon' is not understood; write e.g. 3d, 4h, 2w, 30m or 3ed"]
