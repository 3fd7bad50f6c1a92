"""The Schedule sheet: the WBS as grouped rows, and the Gantt drawn in cells beside it.

Columns: ID, WBS, Name, Duration, Start, Finish, % Complete, Total Float, Critical, Resource
Names, Actual Start, Actual Finish, Remaining Duration, Outline Level, then one column per week.
There is one header row (row 1) with exactly these titles: `planner import-progress` reads a
team lead's edits back by them. Durations, total float and remaining duration are numbers of
working days (a day being the project's hours per day) shown with a "d"; an elapsed duration
is text such as "3ed", as the task import reads it. % Complete is an Excel percentage (0.5
shows 50%); dates are Excel dates with their times.

The rows are Excel outline levels (summary rows above their tasks, bold, collapsible with the
+/- in the margin). The Gantt is conditional formatting only, so a stakeholder who edits a
Start or Finish sees the bar move: a week column is shaded while the row's Start..Finish
overlaps its Monday-to-Sunday, red for critical tasks, darker for the part done, slate for
summaries (a row whose next row is one outline level deeper), and a milestone shows a diamond
in its week (its cells hold a hidden 1 for the mark's number format). The status date's week is
marked in the header and down the chart. At most MAX_WEEKS columns (three years) are drawn.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.styles.numbers import NumberFormat
from openpyxl.utils import get_column_letter

from planner.core.edits.assignment_edits import assignments_by_task
from planner.core.model.duration import format_minutes
from planner.core.resources.names import format_names
from planner.core.schedule.result import Schedule
from planner.exchange.schedule_report import outline_rows
from planner.exchange.workbook.layout import table_frame
from planner.exchange.workbook.page import print_setup
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import DATE, DAYS, PERCENT, TEXT
from planner.exchange.workbook.table import Column, Table
from planner.exchange.workbook.table_styles import CENTRED, GANTT, WEEK, WEEK_STATUS, bold, name_style

TITLE = "Schedule"
MAX_WEEKS = 156
MARK_CELLS, MARK_WEEKS = 30_000, 13
FIT_WEEKS = 60  # up to this many weeks the sheet prints one page wide; beyond, pages tile across
WEEK_WIDTH = 3.3
COLUMNS = (
    Column("ID", CENTRED, 5, 8),
    Column("WBS", TEXT, 6, 14),
    Column("Name", TEXT, 24, 60),
    Column("Duration", DAYS, 9, 12),
    Column("Start", DATE, 11, 12),
    Column("Finish", DATE, 11, 12),
    Column("% Complete", PERCENT, 8, 11),
    Column("Total Float", DAYS, 8, 12),
    Column("Critical", CENTRED, 8, 9),
    Column("Resource Names", TEXT, 16, 32),
    Column("Actual Start", DATE, 11, 12),
    Column("Actual Finish", DATE, 11, 12),
    Column("Remaining Duration", DAYS, 11, 12),
    Column("Outline Level", CENTRED, 8, 9),
)
# Letters of the columns the Gantt's formulas read.
DURATION, START, FINISH, PERCENT_DONE, CRITICAL, LEVEL = "D", "E", "F", "G", "I", "N"
FIRST_WEEK = len(COLUMNS) + 1
DIAMOND = NumberFormat(numFmtId=300, formatCode='"◆"')
BAR, CRITICAL_BAR, DONE_BAR, SUMMARY_BAR = "5B9BD5", "E0474C", "1F4E79", "404040"
STATUS_WEEK = "FBE5D6"
BOLD_STYLES = tuple(None if s is None else bold(s) for s in (c.style for c in COLUMNS))


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_mondays(first: datetime, last: datetime) -> tuple[list[date], bool]:
    """The Mondays of the weeks from `first` to `last`, at most MAX_WEEKS; and whether it was cut."""
    start, end = _monday(first.date()), _monday(last.date())
    count = (end - start).days // 7 + 1
    return [start + timedelta(weeks=i) for i in range(min(count, MAX_WEEKS))], count > MAX_WEEKS


def _days(minutes: float, per_day: int) -> float:
    return round(minutes / per_day, 2)


class ScheduleRows:
    """One task's row values, with what the whole table needs indexed once."""

    def __init__(self, schedule: Schedule) -> None:
        self.schedule, self.project = schedule, schedule.project
        self.per_day = self.project.units.minutes_per_day
        self.by_task = assignments_by_task(self.project)

    def duration(self, minutes: float, elapsed: bool) -> float | str:
        return format_minutes(minutes, elapsed=True) if elapsed else _days(minutes, self.per_day)

    def values(self, row: int, task_id: int, code: str, level: int, summary: bool) -> list:
        """The row of a task; its dates and floats as `planner schedule` gives them (a leaf's
        without TaskDates, whose free float the sheet does not show and costs a pass per task)."""
        schedule, task = self.schedule, self.project.tasks[task_id]
        start, finish = schedule.span(task_id)
        minutes = schedule.dates(task_id).duration_minutes if summary else task.duration.minutes
        elapsed = task.duration.elapsed and not summary
        total_float = schedule.total_float(task_id)
        percent = schedule.percent_complete(task_id)
        names = format_names(self.project, self.by_task.get(task_id, ()))
        return [
            row,
            code,
            task.name,
            self.duration(minutes, elapsed),
            start,
            finish,
            percent / 100,
            _days(total_float, 1440 if elapsed else self.per_day),
            "Yes" if percent < 100 and total_float <= 0 else "No",
            names or None,
            None if summary else task.actual_start,
            None if summary else task.actual_finish,
            self.duration(minutes * (1 - percent / 100), elapsed),
            level,
        ]


def _rule(formula: str, fill: str | None = None, font: Font | None = None, number: NumberFormat | None = None) -> Rule:
    style = DifferentialStyle(
        fill=PatternFill("solid", fgColor=fill, bgColor=fill) if fill else None, font=font, numFmt=number
    )
    return Rule(type="expression", formula=[formula], dxf=style, stopIfTrue=True)


def gantt_rules(week: str, last_row: int) -> list[Rule]:
    """The bar rules for a Gantt whose first week column is `week`, rows 2..last_row, in priority order."""
    on = f"${START}2<{week}$1+7,${FINISH}2>={week}$1"  # the row's span overlaps the column's week
    return [
        _rule(
            f"AND(${DURATION}2=0,${FINISH}2>={week}$1,${FINISH}2<{week}$1+7)",
            font=Font(bold=True, color="7030A0"),
            number=DIAMOND,
        ),
        _rule(f"AND(${LEVEL}3>${LEVEL}2,{on})", SUMMARY_BAR),
        _rule(f"AND({on},${PERCENT_DONE}2>0,{week}$1<${START}2+(${FINISH}2-${START}2)*${PERCENT_DONE}2)", DONE_BAR),
        _rule(f'AND(${CRITICAL}2="Yes",{on})', CRITICAL_BAR),
        _rule(f"AND({on})", BAR),
    ]


def _gantt(book: Workbook, source: WorkbookSource, table: Table, milestone_rows: list[tuple[int, date]]) -> int:
    """Week headers, the bar rules, the status week and the milestones' hidden marks; returns the week count."""
    sheet, schedule = table.sheet, source.schedule
    top = schedule.outline.children.get(None, [])
    if not top:
        return 0
    spans = [schedule.span(t) for t in top]
    mondays, cut = week_mondays(min(s for s, _ in spans), max(f for _, f in spans))
    status = source.status_date
    status_monday = _monday(status) if status else None
    for offset, monday in enumerate(mondays):
        column = FIRST_WEEK + offset
        cell = sheet.cell(1, column, datetime.combine(monday, time()))
        cell.style = WEEK_STATUS if monday == status_monday else WEEK
        sheet.column_dimensions[get_column_letter(column)].width = WEEK_WIDTH
        if monday == status_monday:
            cell.comment = Comment(f"Status date: {status:%Y-%m-%d}", "Planner")
    if cut:
        note = f"The chart shows the first {MAX_WEEKS} weeks; the project runs to {max(f for _, f in spans):%Y-%m-%d}."
        sheet.cell(1, FIRST_WEEK + len(mondays) - 1).comment = Comment(note, "Planner")
    first, last = get_column_letter(FIRST_WEEK), get_column_letter(FIRST_WEEK + len(mondays) - 1)
    area = f"{first}2:{last}{table.last_row}"
    for rule in gantt_rules(first, table.last_row):
        sheet.conditional_formatting.add(area, rule)
    if status_monday in mondays:
        column = get_column_letter(FIRST_WEEK + mondays.index(status_monday))
        sheet.conditional_formatting.add(f"{column}2:{column}{table.last_row}", _rule(f"{column}$1>0", STATUS_WEEK))
    _milestone_marks(table, milestone_rows, mondays)
    return len(mondays)


def _milestone_marks(table: Table, rows: list[tuple[int, date]], mondays: list[date]) -> None:
    """The hidden 1s a milestone's diamond shows in: across the whole chart, or, when that would be
    more than MARK_CELLS cells, within MARK_WEEKS weeks either side of the milestone (beyond them a
    milestone moved by a stakeholder shows as a filled cell without the diamond)."""
    sheet, count = table.sheet, len(mondays)
    whole = len(rows) * count <= MARK_CELLS
    cells = sheet._cells
    array = table.palette.array(GANTT)
    for row, day in rows:
        at = max(0, min(count - 1, (_monday(day) - mondays[0]).days // 7))
        low, high = (0, count) if whole else (max(0, at - MARK_WEEKS), min(count, at + MARK_WEEKS + 1))
        for offset in range(low, high):
            column = FIRST_WEEK + offset
            cell = Cell(sheet, row=row, column=column, value=1)
            cell._style = StyleArray(array)
            cells[(row, column)] = cell


def write(book: Workbook, source: WorkbookSource) -> None:
    """The Schedule sheet (always written: a project has a schedule even with no tasks)."""
    sheet = book.create_sheet(TITLE)
    schedule = source.schedule
    table = Table(sheet, COLUMNS)
    rows = ScheduleRows(schedule)
    milestones: list[tuple[int, date]] = []
    entries = list(outline_rows(schedule.outline))
    report = source.steps.within(0.0, 0.5)
    for number, (task_id, code, level) in enumerate(entries, start=1):
        summary = schedule.outline.is_summary(task_id)
        styles = list(BOLD_STYLES if summary else (c.style for c in COLUMNS))
        styles[2] = name_style(level, summary)
        at = table.add(rows.values(number, task_id, code, level, summary), styles)
        if level > 1:
            sheet.row_dimensions[at].outline_level = min(level - 1, 7)  # Excel groups at most 7 deep
        if schedule.project.tasks[task_id].milestone and not summary:
            milestones.append((at, schedule.span(task_id)[1].date()))
        if number % 500 == 0:
            report(number, len(entries))
    table.widths(extra={2: 2})  # the indent of deep names
    sheet.sheet_properties.outlinePr.summaryBelow = False
    sheet.row_dimensions[1].height = 42
    weeks = _gantt(book, source, table, milestones)
    table_frame(sheet, 1, table.last_row, len(COLUMNS), frozen_columns=3)  # ID, WBS and Name stay in view
    wide = weeks > FIT_WEEKS  # one page wide would print too small to read: tile across, ID to Name repeated
    print_setup(sheet, schedule.project.name, "1:1", None if wide else 1)
    if wide:
        sheet.print_title_cols = "A:C"
