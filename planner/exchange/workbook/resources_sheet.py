"""The Resources sheet: each person's work per week against their capacity, in hours.

Two blocks of the same shape: work (the Resource Usage view's, core/resources/usage.py) and
capacity (max units x the working time of the person's calendar that week, so holidays,
vacations and part-time weeks show). Each work cell is colour-scaled, and marked red by a
conditional format comparing it with the capacity cell below it, not by a pasted flag: a
stakeholder who moves hours sees the mark follow. Totals, use and weeks over are formulas.
The comparison is week by week; the Resources tab judges over-allocation day by day, so a
person over on a Monday and idle on the Friday is marked there and not here.
Written only when the project has assignments.
"""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.core.model.entities import Resource
from planner.core.resources.loads import WORK_KIND
from planner.core.resources.periods import Granularity
from planner.core.resources.usage import Usage, period_instants
from planner.exchange.workbook.cells import formula, put
from planner.exchange.workbook.layout import LINE_HEIGHT, table_frame
from planner.exchange.workbook.page import print_setup
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import COUNT, HEADER, HEADING, HOURS, PERCENT, TEXT, TOTAL

SHEET = "Resources"
HEADERS = ("Resource (hours per week from Monday)", "Max units", "Work (h)", "Capacity (h)", "Use", "Weeks over")
FIRST_WEEK = len(HEADERS) + 1  # column G
OVER = DifferentialStyle(font=Font(bold=True, color="9C0006"), fill=PatternFill(bgColor="FFC7CE"))


def people(project) -> list[Resource]:
    """The work resources (people, equipment), as the Resources tab lists them: by Unique ID."""
    return [r for _, r in sorted(project.resources.items()) if r.kind == WORK_KIND]


def weeks_of(usage: Usage) -> list[date]:
    """The Monday of each week any assignment works in."""
    first, last = usage.span
    monday = first - timedelta(days=first.weekday())
    return [monday + timedelta(days=7 * n) for n in range((last - monday).days // 7 + 1)]


def write(book: Workbook, source: WorkbookSource) -> None:
    project = source.project
    if not project.assignments:
        return
    usage = Usage(source.schedule)
    staff = people(project)
    if usage.span is None or not staff:
        return
    weeks = weeks_of(usage)
    instants = period_instants(weeks[0], weeks[-1], Granularity.WEEK)[: len(weeks) + 1]
    sheet = book.create_sheet(SHEET)
    work_first, work_last = 2, 1 + len(staff)
    capacity_first = work_last + 5
    capacity_last = capacity_first + len(staff) - 1
    _header(sheet, 1, weeks)
    for n, person in enumerate(staff):
        work = usage.work(person.id, instants) / 60
        capacity = usage.capacity(person.id, instants) / 60
        _person_row(sheet, work_first + n, person, work, capacity_first + n)
        _capacity_row(sheet, capacity_first + n, person, capacity)
    _totals(sheet, work_last + 1, work_first, work_last, len(weeks), "All people")
    put(sheet.cell(work_last + 3, 1), "Capacity (hours): max units x working time that week", HEADING)
    _header(sheet, capacity_first - 1, weeks)
    _totals(sheet, capacity_last + 1, capacity_first, capacity_last, len(weeks), "All people")
    last_column = get_column_letter(FIRST_WEEK + len(weeks) - 1)
    _marks(sheet, work_first, work_last, capacity_first, last_column)
    _widths(sheet, len(weeks))
    table_frame(sheet, 1, work_last, FIRST_WEEK - 1 + len(weeks), frozen_columns=1)
    print_setup(sheet, project.name, "1:1")


def _header(sheet: Worksheet, row: int, weeks: list[date]) -> None:
    """Resource, its figures, then each week as its Monday ("01" over "Feb")."""
    for column, text in enumerate(HEADERS, start=1):
        put(sheet.cell(row, column), text, HEADER)
    for n, monday in enumerate(weeks):
        put(sheet.cell(row, FIRST_WEEK + n), f"{monday:%d}\n{monday:%b}", HEADER)
    sheet.row_dimensions[row].height = 2 * LINE_HEIGHT


def _person_row(sheet: Worksheet, row: int, person: Resource, work, capacity_row: int) -> None:
    first, last = get_column_letter(FIRST_WEEK), get_column_letter(FIRST_WEEK + len(work) - 1)
    put(sheet.cell(row, 1), person.name, TEXT)
    put(sheet.cell(row, 2), person.max_units, PERCENT)
    for n, hours in enumerate(work):
        put(sheet.cell(row, FIRST_WEEK + n), round(float(hours), 2), COUNT)
    formula(sheet.cell(row, 3), f"=SUM({first}{row}:{last}{row})", HOURS)
    formula(sheet.cell(row, 4), f"=SUM({first}{capacity_row}:{last}{capacity_row})", HOURS)
    formula(sheet.cell(row, 5), f'=IF(D{row}=0,"",C{row}/D{row})', PERCENT)
    formula(
        sheet.cell(row, 6),
        f"=SUMPRODUCT(--({first}{row}:{last}{row}>{first}{capacity_row}:{last}{capacity_row}))",
        COUNT,
    )


def _capacity_row(sheet: Worksheet, row: int, person: Resource, capacity) -> None:
    first, last = get_column_letter(FIRST_WEEK), get_column_letter(FIRST_WEEK + len(capacity) - 1)
    put(sheet.cell(row, 1), person.name, TEXT)
    put(sheet.cell(row, 2), person.max_units, PERCENT)
    for n, hours in enumerate(capacity):
        put(sheet.cell(row, FIRST_WEEK + n), round(float(hours), 2), COUNT)
    formula(sheet.cell(row, 4), f"=SUM({first}{row}:{last}{row})", HOURS)


def _totals(sheet: Worksheet, row: int, first: int, last: int, weeks: int, label: str) -> None:
    put(sheet.cell(row, 1), label, TOTAL)
    for column in [3, 4, *range(FIRST_WEEK, FIRST_WEEK + weeks)]:
        if sheet.cell(first, column).value is None:
            continue
        letter = get_column_letter(column)
        formula(sheet.cell(row, column), f"=SUM({letter}{first}:{letter}{last})", COUNT if column >= 7 else HOURS)
    if sheet.cell(first, 5).value is not None:
        formula(sheet.cell(row, 5), f'=IF(D{row}=0,"",C{row}/D{row})', PERCENT)
        formula(sheet.cell(row, 6), f"=SUM(F{first}:F{last})", COUNT)


def _marks(sheet: Worksheet, first: int, last: int, capacity_first: int, last_column: str) -> None:
    """Over capacity: red, from a formula against the capacity cell; under it, a colour scale from
    idle (white) to busy (blue); a person over in any week has their name and count in red too."""
    start = get_column_letter(FIRST_WEEK)
    grid = f"{start}{first}:{last_column}{last}"
    over = FormulaRule(formula=[f"{start}{first}>{start}{capacity_first}"], stopIfTrue=True)
    over.dxf = OVER
    sheet.conditional_formatting.add(grid, over)
    sheet.conditional_formatting.add(
        grid,
        ColorScaleRule(start_type="num", start_value=0, start_color="FFFFFF", end_type="max", end_color="9BC2E6"),
    )
    flagged = FormulaRule(formula=[f"$F{first}>0"])
    flagged.dxf = OVER
    sheet.conditional_formatting.add(f"A{first}:A{last}", flagged)
    sheet.conditional_formatting.add(f"F{first}:F{last}", flagged)


def _widths(sheet: Worksheet, weeks: int) -> None:
    names = [len(str(c.value or "")) for c in sheet["A"][1:]]
    sheet.column_dimensions["A"].width = max(18, min(32, max(names, default=0) + 2))
    for letter, width in zip("BCDEF", (9, 9, 11, 7, 8), strict=True):
        sheet.column_dimensions[letter].width = width
    for n in range(weeks):
        sheet.column_dimensions[get_column_letter(FIRST_WEEK + n)].width = 5
