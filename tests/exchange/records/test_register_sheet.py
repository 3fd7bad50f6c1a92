"""A register's sheet in the stakeholder workbook: the records as the table lists them, dates as dates."""

from __future__ import annotations

from datetime import date, datetime

from planner.core.edits.edit import apply_edit
from planner.core.model.entities import Task
from planner.core.model.factory import new_project
from planner.core.quality.registers import LESSONS
from planner.core.records.edits import add_record
from planner.exchange.workbook.book import build_workbook


def _book(project):
    from planner.core.schedule.engine import schedule

    return build_workbook(schedule(project))


def test_the_lessons_sheet_lists_the_register(tmp_path):
    project = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    project.tasks[1] = Task(1, "Build", position=1)
    apply_edit(project, add_record(project, LESSONS, observation="=cmd|' /C calc'!A0", raised=date(2027, 2, 1)))
    book = _book(project)
    sheet = book["Lessons Learned"]
    assert [c.value for c in sheet[1]][:3] == ["ID", "Observation", "Category"]
    assert sheet["A2"].value == "L1"
    assert sheet["B2"].value == "=cmd|' /C calc'!A0" and sheet["B2"].data_type == "s"  # text, never a formula
    assert sheet["G2"].value == datetime(2027, 2, 1) and sheet["G2"].is_date


def test_an_empty_register_adds_no_sheet():
    project = new_project("Portal", datetime(2027, 1, 4, 8, 0))
    assert "Lessons Learned" not in _book(project).sheetnames
