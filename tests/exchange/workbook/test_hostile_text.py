"""Names and notes a user typed stay text on every sheet, whatever they start with (OWASP)."""

from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from planner.core.model.duration import Duration
from planner.core.model.entities import Assignment, Resource, Task
from planner.core.model.factory import new_project
from planner.core.schedule.loops import LoopBreaker
from planner.exchange.project_formats import export_project

EVIL = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "=cmd|' /C calc'!A0"]


def hostile_schedule():
    project = new_project('=1+1 & "Project"', datetime(2027, 1, 4, 8, 0))
    project.tasks = {
        i: Task(i, name, position=i, duration=Duration(0 if i == len(EVIL) else 480), milestone=i == len(EVIL))
        for i, name in enumerate(EVIL, start=1)
    }
    project.tasks[1].deadline = datetime(2027, 1, 1, 17, 0)  # past: the Summary's open issues name it
    project.resources = {1: Resource(1, "=2*3 Ana")}
    project.assignments = {1: Assignment(1, 2, 1, work_minutes=480)}
    return LoopBreaker().schedule_first(project)


def all_text_cells(book):
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "s":
                    yield sheet.title, cell.value


def test_hostile_names_are_text_everywhere(tmp_path) -> None:
    path = export_project(hostile_schedule(), tmp_path / "evil.xlsx")
    book = load_workbook(path)
    schedule = book["Schedule"]
    assert [schedule[f"C{r}"].value for r in range(2, 2 + len(EVIL))] == EVIL
    assert all(schedule[f"C{r}"].data_type == "s" for r in range(2, 2 + len(EVIL)))
    assert schedule["J3"].value == "=2*3 Ana" and schedule["J3"].data_type == "s"
    assert book["Milestones"]["C2"].value == EVIL[-1] and book["Milestones"]["C2"].data_type == "s"
    summary = book["Summary"]
    assert summary["A1"].value == '=1+1 & "Project"' and summary["A1"].data_type == "s"
    texts = {value for _, value in all_text_cells(book)}
    assert any(EVIL[0] in str(t) for t in texts if str(t).startswith("ID 1 "))  # the open issue names it
    assert book.properties.title == '=1+1 & "Project"'


def test_the_footer_keeps_an_ampersand_in_the_name(tmp_path) -> None:
    path = export_project(hostile_schedule(), tmp_path / "evil.xlsx")
    assert load_workbook(path)["Schedule"].oddFooter.left.text == '=1+1 && "Project"'


def test_control_characters_are_dropped_and_error_codes_stay_text(tmp_path) -> None:
    schedule = hostile_schedule()
    schedule.project.tasks[2].name = "Bell\x07 and escape\x1b task"
    schedule.project.tasks[3].name = "#N/A"
    book = load_workbook(export_project(schedule, tmp_path / "odd.xlsx"))
    assert book["Schedule"]["C3"].value == "Bell and escape task"
    assert book["Schedule"]["C4"].value == "#N/A" and book["Schedule"]["C4"].data_type == "s"
