"""Importing a realistic MS Project task export: what a PM checks after `planner import`."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from planner.core.model.duration import Duration, Lag
from planner.core.model.entities import ConstraintType, LinkType
from planner.core.schedule.engine import schedule
from planner.exchange.task_import import import_tasks, read_task_sheet

DATA = Path(__file__).parent / "data"
RELAUNCH = DATA / "website_relaunch.csv"


def at(day: str, clock: str = "08:00") -> datetime:
    """A readable datetime: at("2027-01-11", "17:00")."""
    return datetime.fromisoformat(f"{day} {clock}")


def write_csv(folder: Path, text: str, name: str = "tasks.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def relaunch():
    result = read_task_sheet(RELAUNCH)
    return result, schedule(result.project)


def test_every_row_of_the_export_becomes_a_task(relaunch) -> None:
    result, _ = relaunch
    assert result.ok and result.rows == 17
    assert sorted(result.project.tasks) == list(range(1, 18))
    assert result.project.name == "website_relaunch"
    assert result.project.start == at("2027-01-04")


def test_a_column_planner_does_not_import_is_named_in_a_warning(relaunch) -> None:
    result, _ = relaunch
    assert result.warnings == [  # there is no resource list to find the names in
        "column 'Resource Names' is not imported without a resource list "
        "(--resources FILE, or a Resources sheet in the workbook); skipped"
    ]


def test_outline_levels_build_the_wbs_in_sheet_order(relaunch) -> None:
    tasks = relaunch[0].project.tasks
    assert tasks[1].parent_id is None
    assert [t.id for t in tasks.values() if t.parent_id == 1] == [2, 6, 10, 14]
    assert [(t.id, t.position) for t in tasks.values() if t.parent_id == 6] == [(7, 0), (8, 1), (9, 2)]


def test_fields_keep_what_the_sheet_says(relaunch) -> None:
    tasks = relaunch[0].project.tasks
    assert tasks[3].notes == 'Agenda: scope, roles, "ways of working"'
    assert tasks[4].notes == "Sales, support\nand marketing"
    assert tasks[4].percent_complete == 50
    assert tasks[5].milestone and tasks[5].duration == Duration(0)
    assert tasks[5].deadline == at("2027-01-08", "17:00")
    assert tasks[13].duration == Duration(5 * 1440, elapsed=True)
    assert tasks[15].constraint_type is ConstraintType.SNET
    assert tasks[15].constraint_date == at("2027-02-08")
    assert (tasks[16].priority, tasks[13].priority, tasks[11].priority) == (1000, 300, 500)


def test_predecessors_become_links(relaunch) -> None:
    project = relaunch[0].project
    links = {(k.predecessor_id, k.successor_id): k for k in project.links.values()}
    assert len(links) == 12
    assert links[(7, 8)].type is LinkType.SS and links[(7, 8)].lag == Lag(960)
    assert links[(8, 9)].type is LinkType.FF
    assert links[(7, 12)].lag == Lag(-480)
    assert (11, 15) in links and (12, 15) in links
    assert links[(15, 17)].lag == Lag(50, "%")


@pytest.mark.parametrize(
    ("task_id", "start", "finish"),
    [
        (3, at("2027-01-04"), at("2027-01-04", "17:00")),
        (5, at("2027-01-08", "17:00"), at("2027-01-08", "17:00")),  # milestone on Friday evening
        (7, at("2027-01-11"), at("2027-01-15", "17:00")),  # after a Friday 17:00 finish: Monday 08:00
        (8, at("2027-01-13"), at("2027-01-19", "17:00")),  # SS + 2 days
        (9, at("2027-01-19", "13:00"), at("2027-01-19", "17:00")),  # FF: finishes with its predecessor
        (12, at("2027-01-15"), at("2027-02-04", "17:00")),  # FS - 1 day: a lead
        (15, at("2027-02-08"), at("2027-02-12", "17:00")),  # Start No Earlier Than Feb 8
        (17, at("2027-02-17", "13:00"), at("2027-03-03", "12:00")),  # FS + 50% of a week
        (1, at("2027-01-04"), at("2027-03-03", "12:00")),  # the summary spans it all
    ],
)
def test_the_imported_plan_schedules_as_ms_project_showed_it(relaunch, task_id, start, finish) -> None:
    dates = relaunch[1].dates(task_id)
    assert (dates.start, dates.finish) == (start, finish)


def test_a_holiday_moves_the_work_to_the_next_working_day() -> None:
    project = import_tasks(RELAUNCH, holidays=[date(2027, 1, 11)])
    assert project.calendar.exceptions[0].start == date(2027, 1, 11)
    assert schedule(project).dates(7).start == at("2027-01-12")


def test_a_country_brings_its_public_holidays() -> None:
    project = import_tasks(RELAUNCH, country="us")  # Martin Luther King Jr. Day: Monday, January 18, 2027
    assert schedule(project).dates(8).finish == at("2027-01-20", "17:00")


def test_start_and_name_given_win_over_the_sheet() -> None:
    project = import_tasks(RELAUNCH, start=date(2027, 3, 1), name="Relaunch 2027")
    assert (project.name, project.start) == ("Relaunch 2027", at("2027-03-01"))
    assert schedule(project).dates(3).start == at("2027-03-01")


# -- the same list saved from Excel ---------------------------------------------------------------
DATE_COLUMNS = ("Start", "Finish", "Constraint Date", "Deadline")


def _excel_value(column: str, text: str) -> object:
    """What the cell holds when the list is saved from Excel: real dates and numbers."""
    if column in DATE_COLUMNS and text != "NA":
        return datetime.strptime(text, "%a %m/%d/%y %I:%M %p")
    if column in ("ID", "Outline Level", "Priority"):
        return int(text)
    if column == "% Complete":
        return int(text.rstrip("%")) / 100
    return text or None


def _write_xlsx(source: Path, target: Path) -> Path:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Read me"  # the task sheet is found by MS Project's name for it, not its place
    sheet = workbook.create_sheet("Task_Table1")
    with source.open(encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))
    sheet.append(records[0])
    for record in records[1:]:
        sheet.append([_excel_value(column, text) for column, text in zip(records[0], record, strict=True)])
    percent_column = records[0].index("% Complete") + 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=percent_column, max_col=percent_column):
        cell.number_format = "0%"
    workbook.save(target)
    return target


def test_an_xlsx_with_date_and_percent_cells_gives_the_same_project_as_the_csv(tmp_path) -> None:
    workbook = _write_xlsx(RELAUNCH, tmp_path / "website_relaunch.xlsx")
    from_excel = read_task_sheet(workbook)
    from_csv = read_task_sheet(RELAUNCH)
    assert from_excel.ok, from_excel.problems
    assert from_excel.project.tasks[4].percent_complete == 50
    assert from_excel.project == from_csv.project
    assert from_excel.warnings == from_csv.warnings


def test_excel_date_cells_without_a_time_take_ms_projects_default_times(tmp_path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Name", "Start", "Constraint Type", "Constraint Date", "Deadline"])
    workbook.active.append(["Ship", datetime(2027, 1, 4), "Finish No Later Than", date(2027, 1, 8), date(2027, 1, 8)])
    workbook.save(tmp_path / "dates.xlsx")
    task = import_tasks(tmp_path / "dates.xlsx").tasks[1]
    assert task.constraint_date == at("2027-01-08", "17:00")
    assert task.deadline == at("2027-01-08", "17:00")


# -- sheets that give less ------------------------------------------------------------------------
def test_without_an_id_column_rows_are_numbered_and_predecessors_use_those_numbers(tmp_path) -> None:
    path = write_csv(tmp_path, "Name,Duration,Predecessors\nDesign,2d,\nBuild,3d,1\nTest,1d,2\n")
    project = import_tasks(path, start=datetime(2027, 1, 4, 8))
    assert [(t.id, t.name) for t in project.tasks.values()] == [(1, "Design"), (2, "Build"), (3, "Test")]
    assert schedule(project).dates(3).start == at("2027-01-11")


def test_a_missing_duration_is_the_working_time_from_start_to_finish(tmp_path) -> None:
    path = write_csv(
        tmp_path,
        "Name,Start,Finish\n"
        "Short,Mon 1/4/27 8:00 AM,Wed 1/6/27 5:00 PM\n"
        "Over a weekend,1/7/2027,1/12/2027\n"
        "Half a day,2027-01-04T08:00,2027-01-04T12:00\n"
        "Milestone,1/8/27 17:00,1/8/27 17:00\n",
    )
    tasks = import_tasks(path, holidays=[date(2027, 1, 11)]).tasks
    assert tasks[1].duration == Duration(3 * 480)
    assert tasks[2].duration == Duration(3 * 480)  # Thu, Fri, (weekend, holiday) Tue
    assert tasks[3].duration == Duration(240)
    assert tasks[4].milestone


def test_a_start_date_does_not_become_a_constraint(tmp_path) -> None:
    path = write_csv(tmp_path, "Name,Duration,Start\nA,1d,1/4/2027\nB,1d,1/20/2027\n")
    project = import_tasks(path)
    assert project.tasks[2].constraint_type is ConstraintType.ASAP
    assert schedule(project).dates(2).start == at("2027-01-04")


def test_without_start_column_the_start_option_still_sets_the_start(tmp_path) -> None:
    path = write_csv(tmp_path, "Name,Duration\nA,1d\n")
    result = read_task_sheet(path, start=date(2027, 1, 4))
    assert result.project.start == at("2027-01-04")
    assert result.start_note is None


def test_project_summary_row_of_an_ms_project_export_is_skipped(tmp_path) -> None:
    path = write_csv(tmp_path, "ID,Name,Outline Level,Start\n0,Relaunch,0,1/4/2027\n1,Design,1,\n2,Build,1,\n")
    result = read_task_sheet(path)
    assert result.ok and sorted(result.project.tasks) == [1, 2]
    assert result.warnings == ["row 2: the project summary task (ID 0) is not imported; its tasks are"]


def test_semicolon_separated_windows_1252_csv_from_a_european_excel(tmp_path) -> None:
    project = import_tasks(DATA / "semicolon_cp1252.csv")
    assert project.tasks[1].name == "Café opening" and project.tasks[1].duration == Duration(1200)
    assert project.tasks[1].notes == "Größe: 10 m²"
    assert project.tasks[2].notes == "Wine; cheese; bread"
    assert [(k.predecessor_id, k.successor_id) for k in project.links.values()] == [(1, 2)]


def test_utf16_tab_separated_unicode_text_from_excel(tmp_path) -> None:
    path = tmp_path / "tasks.csv"
    path.write_bytes("Name\tDuration\tStart\r\nÉtude\t2d\t2027-01-04\r\n".encode("utf-16"))
    assert import_tasks(path).tasks[1].name == "Étude"


def test_the_sheets_ids_name_rows_and_the_tasks_are_numbered_in_row_order(tmp_path) -> None:
    """A sheet numbered 10, 20, 30 (and a gap) links by those numbers; the project then reads 1, 2, 3."""
    text = "ID,Name,Duration,Predecessors,Start\n30,Design,2d,,2027-01-04\n10,Build,3d,30,\n20,Test,1d,10FS+1d,\n"
    project = import_tasks(write_csv(tmp_path, text))
    plan = schedule(project)
    names = [project.tasks[t].name for t in plan.outline.rows()]
    assert names == ["Design", "Build", "Test"]
    assert sorted(project.tasks) == [1, 2, 3] and [plan.outline.ids.id_of(t) for t in plan.outline.rows()] == [1, 2, 3]
    name = {uid: task.name for uid, task in project.tasks.items()}
    links = {(name[k.predecessor_id], name[k.successor_id]) for k in project.links.values()}
    assert links == {("Design", "Build"), ("Build", "Test")}
    assert plan.dates(3).start == at("2027-01-12")  # Build ends Fri 8th; Mon 11th is the lag
