"""The Summary sheet, the first a stakeholder sees: the project, its health per area, key dates,
the next milestones, the budget, earned-value and risk figures, the top risks and open issues.

Written after the other sheets (it refers to them) and moved to the front. Its figures are
formulas where another sheet holds the number: the forecast finish is the latest Finish on the
Schedule sheet, the next milestones are the Milestones sheet's cells, and each figure a sheet
named with WorkbookSource.figure (EVM_CPI, Risk_P80, ...) is a row "=EVM_CPI" in the order of
FIGURE_ORDER (names a sheet defines that are not listed come after, under their own label).
The red/amber/green signs are planner.core.status's ratings (the dashboard's and the status
report's rule set, which needs the working-day calendar and the registers, so they are values),
with the rule in the cell's note and the reading in words beside it.
"""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from planner.core.risk.register import register_lines, top_risks
from planner.core.status.assess import assess
from planner.core.status.rating import Rating
from planner.core.summary.key_dates import key_dates
from planner.core.summary.milestones import milestone_lines, next_milestones
from planner.core.summary.open_issues import open_issues
from planner.exchange.workbook import milestones_sheet, risk_sheet, schedule_sheet
from planner.exchange.workbook.cells import formula, put
from planner.exchange.workbook.page import print_setup
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import DATE, DAYS, HEADER, MONEY, NOTE, NUMBER, TEXT, TITLE, WRAP
from planner.exchange.workbook.table import Formula
from planner.exchange.workbook.table_styles import LABEL, SECTION, SIGN

SHEET = "Summary"
COST_FIGURES = ("Budget_BAC", "EVM_PV", "EVM_EV", "EVM_AC", "EVM_CPI", "EVM_SPI", "EVM_EAC")
RISK_FIGURES = ("Risk_P50", "Risk_P80", "Risk_Exposure", "Risk_Open_Threats")
FIGURE_ORDER = COST_FIGURES + RISK_FIGURES
ISSUE_ITEMS = 6  # an open issue names this many of its tasks or people, then "and N more"
WIDTHS = {"A": 40, "B": 15, "C": 15, "D": 15, "E": 15, "F": 15}
WORDS_CHARS = 66  # about how many characters of body text fit a line of the merged C:F
LINE_HEIGHT = 13.5
SIGN_COLOURS = {"Green": ("C6EFCE", "006100"), "Amber": ("FFEB9C", "7F6000"), "Red": ("FFC7CE", "9C0006")}


class Writer:
    """Writes the Summary top to bottom, a row at a time."""

    def __init__(self, book: Workbook, source: WorkbookSource) -> None:
        self.book, self.source = book, source
        self.sheet: Worksheet = book.create_sheet(SHEET)
        self.row = 0
        self.sign_cells: list[str] = []

    def next(self, gap: int = 0) -> int:
        self.row += 1 + gap
        return self.row

    def section(self, title: str) -> None:
        row = self.next(gap=1 if self.row else 0)
        for column in "ABCDEF":
            self.sheet[f"{column}{row}"].style = SECTION
        put(self.sheet[f"A{row}"], title)

    def pair(self, label: str, value, style: str = TEXT) -> str:
        """A label and its value (written as a formula when it is a Formula); returns the value's cell."""
        row = self.next()
        put(self.sheet[f"A{row}"], label, LABEL)
        cell = self.sheet[f"B{row}"]
        if isinstance(value, Formula):
            formula(cell, value.text, style)
        else:
            put(cell, value, style)
        return f"B{row}"

    def words(self, row: int, text, length: int | None = None) -> None:
        """A sentence across C:F of `row`, wrapped, the row as high as its lines (`length`: of a formula's text)."""
        target = self.sheet[f"C{row}"]
        if isinstance(text, Formula):
            formula(target, text.text, WRAP)
        else:
            put(target, text, WRAP)
        self.sheet.merge_cells(f"C{row}:F{row}")
        lines = max(1, -(-(length or len(str(text))) // WORDS_CHARS))
        self.sheet.row_dimensions[row].height = LINE_HEIGHT * lines + 2

    def header(self, *titles: str) -> None:
        row = self.next()
        for column in "ABCDEF":
            self.sheet[f"{column}{row}"].style = HEADER
        for column, title in zip("ABCDEF", titles, strict=False):
            put(self.sheet[f"{column}{row}"], title, HEADER)


def _header(writer: Writer) -> None:
    source, sheet = writer.source, writer.sheet
    put(sheet["A1"], source.project.name, TITLE)
    sheet.row_dimensions[1].height = 24
    put(sheet["A2"], f"Status workbook written by Planner on {datetime.now():%Y-%m-%d %H:%M}", NOTE)
    writer.row = 2
    writer.section("Project")
    writer.pair("Project", source.project.name)
    writer.pair("Status date", source.status_date or "not set", DATE if source.status_date else TEXT)
    writer.pair("Currency", source.project.currency)


def _key_dates(writer: Writer) -> dict[str, str]:
    source = writer.source
    dates = key_dates(source.schedule)
    count = len(source.project.tasks)
    writer.section("Key dates")
    cells: dict[str, str] = {}
    last = max(2, count + 1)
    sheet = f"'{schedule_sheet.TITLE}'"
    if count:
        cells["start"] = writer.pair("Start", Formula(f"=MIN({sheet}!$E$2:$E${last})"), DATE)
        cells["finish"] = writer.pair("Forecast finish", Formula(f"=MAX({sheet}!$F$2:$F${last})"), DATE)
    else:
        cells["start"] = writer.pair("Start", dates.start, DATE)
        cells["finish"] = writer.pair("Forecast finish", dates.forecast_finish, DATE)
    baseline = dates.baseline_finish
    cells["baseline"] = writer.pair("Baseline finish", baseline or "no baseline saved", DATE if baseline else TEXT)
    b, f = cells["baseline"], cells["finish"]
    cells["slip"] = writer.pair("Slip (calendar days)", Formula(f'=IF(ISNUMBER({b}),ROUND({f}-{b},1),"")'), DAYS)
    for name, key, label in (
        ("Key_Start", "start", "Start"),
        ("Key_Finish", "finish", "Forecast finish"),
        ("Key_Baseline_Finish", "baseline", "Baseline finish"),
        ("Key_Slip", "slip", "Slip (calendar days)"),
    ):
        writer.source.figure(writer.book, name, label, SHEET, cells[key])
    return cells


def _sign(writer: Writer, rating: Rating) -> None:
    """One area's row: its colour (planner.core.status's rule, the same as the dashboard's and the
    status report's), the rule in the cell's note, and the reading and the rule beside it."""
    cell = writer.pair(rating.area, rating.rag.label, SIGN)
    note = Comment(f"{rating.area}: {rating.rule}.", "Planner")
    note.width, note.height = 320, 110
    writer.sheet[cell].comment = note
    writer.words(writer.row, f"{rating.reading[:1].upper()}{rating.reading[1:]}. Rule: {rating.rule}.")
    writer.sign_cells.append(cell)


def _health(writer: Writer) -> None:
    status = assess(writer.source.schedule, date.today())
    writer.section("Health")
    writer.header("Area", "Status", "Reading and rule")
    for rating in (status.overall, *status.ratings):
        _sign(writer, rating)
    _colour_signs(writer)


def _colour_signs(writer: Writer) -> None:
    for text, (fill, font) in SIGN_COLOURS.items():
        rule = CellIsRule(
            operator="equal",
            formula=[f'"{text}"'],
            fill=PatternFill("solid", fgColor=fill, bgColor=fill),
            font=Font(color=font, bold=True),
        )
        for cell in writer.sign_cells:
            writer.sheet.conditional_formatting.add(cell, rule)


def _next_milestones(writer: Writer) -> None:
    source = writer.source
    lines = milestone_lines(source.schedule)
    index = {line.task_id: i for i, line in enumerate(lines)}
    ahead = next_milestones(lines, source.project.status_date)
    writer.section("Next milestones")
    if not ahead:
        writer.pair("No milestones ahead", "")
        return
    writer.header("Milestone", "Forecast", "Baseline", "Slip (days)")
    other = f"'{milestones_sheet.TITLE}'"
    for line in ahead:
        at = milestones_sheet.row_of(index[line.task_id])
        row = writer.next()
        sheet = writer.sheet
        formula(sheet[f"A{row}"], f"={other}!C{at}", TEXT)
        formula(sheet[f"B{row}"], f"={other}!E{at}", DATE)
        formula(sheet[f"C{row}"], f'=IF(ISNUMBER({other}!D{at}),{other}!D{at},"—")', DATE)
        formula(sheet[f"D{row}"], f"={other}!F{at}", DAYS)


def _figure_style(writer: Writer, name: str) -> str:
    figure = writer.source.figures[name]
    try:
        return writer.book[figure.sheet][figure.cell].style or NUMBER
    except KeyError:
        return NUMBER


def _figures(writer: Writer, title: str, names: list[str]) -> None:
    if not names:
        return
    writer.section(title)
    for name in names:
        figure = writer.source.figures[name]
        writer.pair(figure.label, Formula(f"={name}"), _figure_style(writer, name))


def _risks(writer: Writer) -> None:
    """The top five open threats: the Risks sheet's rows 2-6 (which it orders as top_risks does), as
    formulas, so a re-scored risk on that sheet shows here too; values when there is no Risks sheet."""
    top = top_risks(register_lines(writer.source.project))
    if not top:
        return
    writer.section("Top risks")
    writer.header("Risk", "Score", "Owner", "EMV")
    linked = risk_sheet.SHEET in writer.book.sheetnames
    other, column = f"'{risk_sheet.SHEET}'", risk_sheet.LETTER
    for at, line in zip(risk_sheet.TOP_ROWS, top, strict=False):
        row = writer.next()
        sheet = writer.sheet
        if linked:
            formula(sheet[f"A{row}"], f'="R"&{other}!{column["ID"]}{at}&" "&{other}!{column["Title"]}{at}', TEXT)
            formula(sheet[f"B{row}"], f"={other}!{column['Score']}{at}", SIGN)
            formula(sheet[f"C{row}"], f'=IF({other}!{column["Owner"]}{at}="","",{other}!{column["Owner"]}{at})', TEXT)
            formula(sheet[f"D{row}"], f"={other}!{column['EMV']}{at}", MONEY)
        else:
            put(sheet[f"A{row}"], f"R{line.risk.id} {line.risk.title}", TEXT)
            put(sheet[f"B{row}"], line.score, SIGN)
            put(sheet[f"C{row}"], line.owner, TEXT)
            put(sheet[f"D{row}"], line.emv, MONEY)


def _issues(writer: Writer) -> None:
    writer.section("Open issues")
    writer.header("Issue", "Count", "Which")
    for issue in open_issues(writer.source.schedule):
        row = writer.next()
        sheet = writer.sheet
        put(sheet[f"A{row}"], issue.title, LABEL)
        sheet[f"A{row}"].comment = Comment(f"{issue.title}: {issue.rule}.", "Planner")
        put(sheet[f"B{row}"], len(issue.items), SIGN)
        shown = "; ".join(issue.items[:ISSUE_ITEMS])
        more = len(issue.items) - ISSUE_ITEMS
        writer.words(row, (f"{shown}; and {more} more" if more > 0 else shown) or "none")


def _figure_groups(source: WorkbookSource) -> tuple[list[str], list[str], list[str]]:
    """The figures other sheets named: cost ones, risk ones, and any others, in FIGURE_ORDER."""
    named = [n for n, f in source.figures.items() if f.sheet != SHEET]
    cost = [n for n in COST_FIGURES if n in named]
    risk = [n for n in RISK_FIGURES if n in named]
    other = [n for n in named if n not in FIGURE_ORDER]
    return cost, risk, other


def write(book: Workbook, source: WorkbookSource) -> None:
    writer = Writer(book, source)
    cost, risk, other = _figure_groups(source)
    _header(writer)
    _key_dates(writer)
    _health(writer)
    _next_milestones(writer)
    _figures(writer, "Budget and earned value", cost)
    _figures(writer, "Risk figures", risk)
    _risks(writer)
    _figures(writer, "Other figures", other)
    _issues(writer)
    sheet = writer.sheet
    for column, width in WIDTHS.items():
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A3"
    sheet.sheet_view.showGridLines = False
    print_setup(sheet, source.project.name, "1:2", pages_tall=1)  # the Summary is a one-pager
