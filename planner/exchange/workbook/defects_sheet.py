"""The Defects sheet: the defect log as the Quality tab lists it, with the open defects by severity.

Below the log, the open defects (kind defect; status new, triaged, in progress or
reopened, as core.quality.metrics counts them) by severity are COUNTIFS formulas over
the sheet's own Kind, Severity and Status columns, so a status changed in Excel moves
them; Quality_Open and Quality_Open_Critical are named for the Summary.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.charts.quality_charts import SEVERITY_COLOURS
from planner.core.quality.entities import OPEN_DEFECT_STATUSES, DefectKind, Severity
from planner.core.quality.registers import DEFECTS
from planner.exchange.workbook.cells import formula, put
from planner.exchange.workbook.register_sheet import write_register
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import COUNT, TOTAL

SHEET = "Defects"
FIGURE_NAMES = {Severity.CRITICAL: ("Quality_Open_Critical", "Open critical defects")}
OPEN_NAME, OPEN_LABEL = "Quality_Open", "Open defects"


def letter(key: str) -> str:
    """The sheet column of a field: column A is the ID, then the fields in the register's order."""
    return get_column_letter(2 + [f.key for f in DEFECTS.fields].index(key))


def write(book: Workbook, source: WorkbookSource) -> None:
    written = write_register(book, source, DEFECTS, SHEET)
    if written is None:
        return
    sheet, table = written
    first, last = table.first_row, table.last_row
    _severity_colours(sheet, first, last)
    _open_figures(book, source, sheet, first, last)


def _severity_colours(sheet: Worksheet, first: int, last: int) -> None:
    """The severity cell in the Defects page's colour, while the defect is open."""
    column = letter("severity")
    cells = f"{column}{first}:{column}{last}"
    status = f"${letter('status')}{first}"
    is_open = "OR(" + ",".join(f'{status}="{s.value}"' for s in OPEN_DEFECT_STATUSES) + ")"
    for severity, colour in SEVERITY_COLOURS.items():
        fill = PatternFill("solid", start_color=colour.lstrip("#").upper(), end_color=colour.lstrip("#").upper())
        rule = FormulaRule(formula=[f'AND({column}{first}="{severity.value}",{is_open})'], fill=fill,
                           font=Font(bold=severity is Severity.CRITICAL))  # fmt: skip
        sheet.conditional_formatting.add(cells, rule)


def _count(first: int, last: int, severity: Severity | None) -> str:
    kind, status, level = (f"{letter(k)}{first}:{letter(k)}{last}" for k in ("kind", "status", "severity"))
    statuses = ",".join(f'"{s.value}"' for s in OPEN_DEFECT_STATUSES)
    criteria = f'{kind},"{DefectKind.DEFECT.value}",{status},{{{statuses}}}'
    if severity is not None:
        criteria += f',{level},"{severity.value}"'
    return f"=SUMPRODUCT(COUNTIFS({criteria}))"


def _open_figures(book: Workbook, source: WorkbookSource, sheet: Worksheet, first: int, last: int) -> None:
    row = last + 2
    put(sheet.cell(row, 2), OPEN_LABEL, TOTAL)
    formula(sheet.cell(row, 3), _count(first, last, None), COUNT)
    source.figure(book, OPEN_NAME, OPEN_LABEL, SHEET, f"C{row}")
    for severity in Severity:
        row += 1
        label = f"Open {severity.value} defects"
        put(sheet.cell(row, 2), label, TOTAL)
        formula(sheet.cell(row, 3), _count(first, last, severity), COUNT)
        if severity in FIGURE_NAMES:
            name, label = FIGURE_NAMES[severity]
            source.figure(book, name, label, SHEET, f"C{row}")
