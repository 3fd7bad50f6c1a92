"""The Meetings sheet: each meeting, then its decisions and action items, as minutes are read.

One table, so the autofilter answers the sponsor's questions at once (Kind = Action,
Status = open: the open actions). A meeting's row is bold and carries its attendees;
decisions and actions without a meeting come last. Date is the day a meeting was held, a
decision made, an action done; Due is an action's. An action overdue on the
workbook's day (the status date, or today without one: core.communication.actions)
is red through a conditional format on its row, so a reader who changes its status in
the sheet sees it turn black.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font

from planner.core.communication.actions import action_day, decision_date, meetings_in_order
from planner.core.communication.entities import ActionItem, Decision, Meeting
from planner.core.communication.registers import ACTIONS, DECISIONS, MEETINGS
from planner.core.model.entities import Project
from planner.core.model.wbs import Outline
from planner.exchange.workbook.layout import table_frame, wrapped_heights
from planner.exchange.workbook.page import print_setup
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import DATE, TEXT, WRAP
from planner.exchange.workbook.table import Column, Table
from planner.exchange.workbook.table_styles import BOLD_STYLES, CENTRED, bold

TITLE = "Meetings"
OVERDUE_RED = "C00000"
COLUMNS = (
    Column("Meeting", CENTRED, 8, 9),
    Column("Kind", TEXT, 8, 10),
    Column("ID", CENTRED, 5, 8),
    Column("Date", DATE, 11, 11),
    Column("What", WRAP, 48, 48),
    Column("Who", WRAP, 18, 30),
    Column("Due", DATE, 11, 11),
    Column("Status", TEXT, 8, 10),
    Column("Task", TEXT, 10, 40),
    Column("Notes", WRAP, 36, 36),
)
WRAPPED = ["E", "F", "J"]


def _excel_day(day: date | None) -> datetime | None:
    return datetime(day.year, day.month, day.day) if day is not None else None


def _meeting_row(meeting: Meeting) -> list[Any]:
    label = MEETINGS.label(meeting.id)
    return [label, "Meeting", label, _excel_day(meeting.held), meeting.title, meeting.attendees or None,
            None, None, None, meeting.notes or None]  # fmt: skip


def _decision_row(project: Project, decision: Decision) -> list[Any]:
    meeting = MEETINGS.label(decision.meeting_id) if decision.meeting_id is not None else None
    return [meeting, "Decision", DECISIONS.label(decision.id), _excel_day(decision_date(project, decision)),
            decision.decision, decision.made_by or None, None, None, None, decision.notes or None]  # fmt: skip


def _action_row(project: Project, outline: Outline, action: ActionItem) -> list[Any]:
    meeting = MEETINGS.label(action.meeting_id) if action.meeting_id is not None else None
    task = None
    if action.task_id is not None:
        task_row = project.tasks.get(action.task_id)
        task = f"{outline.ids.id_of(action.task_id)} {task_row.name}" if task_row else "(deleted task)"
    return [meeting, "Action", ACTIONS.label(action.id), _excel_day(action.done), action.title,
            action.owner or None, _excel_day(action.due), action.status.value, task, action.notes or None]  # fmt: skip


def _rows(project: Project) -> list[tuple[bool, list[Any]]]:
    """(is a meeting's row, its values), in the order of the minutes."""
    outline = Outline.of(project)
    found: list[tuple[bool, list[Any]]] = []
    decisions = sorted(project.decisions.values(), key=lambda d: d.id)
    actions = sorted(project.action_items.values(), key=lambda a: a.id)
    for meeting in meetings_in_order(project):
        found.append((True, _meeting_row(meeting)))
        found += [(False, _decision_row(project, d)) for d in decisions if d.meeting_id == meeting.id]
        found += [(False, _action_row(project, outline, a)) for a in actions if a.meeting_id == meeting.id]
    found += [(False, _decision_row(project, d)) for d in decisions if d.meeting_id not in project.meetings]
    found += [(False, _action_row(project, outline, a)) for a in actions if a.meeting_id not in project.meetings]
    return found


def write(book: Workbook, source: WorkbookSource) -> None:
    project = source.project
    rows = _rows(project)
    if not rows:
        return
    sheet = book.create_sheet(TITLE)
    table = Table(sheet, COLUMNS)
    heading = tuple(bold(style) if style in BOLD_STYLES else style for style in table.styles)
    for is_meeting, values in rows:
        table.add(values, heading if is_meeting else None)
    table.widths()
    wrapped_heights(sheet, WRAPPED, table.first_row, table.last_row)
    table_frame(sheet, 1, table.last_row, len(COLUMNS), frozen_columns=3)
    _overdue_red(sheet, table, action_day(project, date.today()))
    print_setup(sheet, project.name, "1:1")


def _overdue_red(sheet, table: Table, day: date) -> None:
    """Open actions due before `day` in red, by a rule on the row (it follows the reader's edits)."""
    first, last = table.first_row, table.last_row
    when = f"DATE({day.year},{day.month},{day.day})"
    rule = f'AND($B{first}="Action",$H{first}="open",ISNUMBER($G{first}),$G{first}<{when})'
    sheet.conditional_formatting.add(
        f"A{first}:{table.last_column}{last}", FormulaRule(formula=[rule], font=Font(color=OVERDUE_RED, bold=True))
    )
