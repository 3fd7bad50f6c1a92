"""The workbook's Meetings sheet: the minutes in one filterable table, overdue actions red."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook

from planner.core.communication.entities import ActionItem, Decision, Meeting
from planner.core.model.entities import Project, Task
from planner.core.schedule.engine import schedule
from planner.exchange.demo import demo_project
from planner.exchange.workbook.book import build_workbook
from planner.exchange.workbook.meetings_sheet import OVERDUE_RED, TITLE


def sheet_rows(book: Workbook) -> list[tuple]:
    return list(book[TITLE].iter_rows(min_row=2, values_only=True))


def test_each_meeting_then_its_decisions_and_actions():
    rows = sheet_rows(build_workbook(schedule(demo_project())))
    assert [(r[0], r[1], r[2]) for r in rows[:6]] == [
        ("M1", "Meeting", "M1"),
        ("M1", "Decision", "DC1"),
        ("M1", "Decision", "DC2"),
        ("M1", "Action", "A1"),
        ("M1", "Action", "A2"),
        ("M1", "Action", "A3"),
    ]
    pen_test = next(r for r in rows if r[2] == "A7")
    assert pen_test[4:9] == ("Book the external pen test", "Dr. Claudia Richter", pen_test[6], "open",
                             "64 Penetration test (external)")  # fmt: skip
    assert pen_test[6].date() == date(2027, 3, 5)
    assert len(rows) == 3 + 7 + 9


def test_overdue_actions_are_red_by_a_rule_on_the_status_date():
    sheet = build_workbook(schedule(demo_project()))[TITLE]
    (ranges,) = list(sheet.conditional_formatting)
    (rule,) = ranges.rules
    assert str(ranges.sqref) == f"A2:J{sheet.max_row}"
    assert rule.formula == ['AND($B2="Action",$H2="open",ISNUMBER($G2),$G2<DATE(2027,2,15))']
    assert rule.dxf.font.color.rgb.endswith(OVERDUE_RED)


def test_loose_items_come_last_and_an_empty_log_adds_no_sheet():
    project = Project(name="Portal")
    assert TITLE not in build_workbook(schedule(project)).sheetnames
    project.tasks[1] = Task(1, "Build", position=1)
    project.meetings[1] = Meeting(1, "Weekly", held=date(2027, 3, 1), attendees="Ana, Bo")
    project.decisions[1] = Decision(1, "Use Postgres")
    project.action_items[1] = ActionItem(1, "Order laptops", 1, task_id=9)
    rows = sheet_rows(build_workbook(schedule(project)))
    assert [(r[1], r[2], r[5]) for r in rows] == [("Meeting", "M1", "Ana, Bo"), ("Action", "A1", None),
                                                  ("Decision", "DC1", None)]  # fmt: skip
    assert rows[1][8] == "(deleted task)"
