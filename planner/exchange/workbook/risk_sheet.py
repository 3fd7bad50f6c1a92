"""The Risks sheet: the register, a 5x5 heat map of COUNTIFS formulas over it, and the last Monte
Carlo simulation (P50/P80 finish and cost, the finish histogram as a native chart).

The register is the Risk tab's (core/risk/register.py): open threats first, highest score
first (then EMV, then ID), so rows 2 to 6 are the Summary's top 5 (`top_risks`); then open
opportunities, occurred and closed risks, each by score. A risk's score (= P score x impact)
and EMV (= probability x cost impact, negative for an opportunity) are formulas; the heat
map counts the open risks of each cell of the register, so a stakeholder who changes a
probability score or closes a risk sees the map follow. Written only when there are risks.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.worksheet.worksheet import Worksheet

from planner.core.risk.entities import Dimension, RiskKind, RiskStatus
from planner.core.risk.register import RiskLine, register_lines
from planner.core.risk.scales import LEVEL_NAMES, project_scales
from planner.core.risk.simulation_results import last_simulation
from planner.exchange.workbook import simulation_block
from planner.exchange.workbook.cells import formula, put
from planner.exchange.workbook.layout import LINE_HEIGHT, table_frame, wrapped_heights
from planner.exchange.workbook.page import print_setup
from planner.exchange.workbook.source import WorkbookSource
from planner.exchange.workbook.styles import COUNT, DATE, HEADER, HEADING, MONEY, PERCENT, TEXT, TOTAL, WRAP

SHEET = "Risks"
HEADERS = (
    "ID", "Title", "Kind", "Category", "Owner", "Status", "Probability", "P score", "Impact", "Score",
    "Cost impact", "EMV", "Delay (days)", "Response", "Response plan", "Contingency plan", "Trigger", "Review",
    "Residual score", "Tasks",
)  # fmt: skip
COLUMN = {name: n for n, name in enumerate(HEADERS, start=1)}  # "P score" -> 8
LETTER = {name: chr(ord("A") + n - 1) for name, n in COLUMN.items()}  # "P score" -> "H"
FIRST_ROW = 2  # rows 2-6: the top 5 open threats
TOP_ROWS = range(FIRST_ROW, FIRST_ROW + 5)
LONG_TEXT = ("Title", "Response plan", "Contingency plan", "Trigger")  # wrapped in columns of fixed width
WIDTHS = {
    "ID": 6, "Title": 30, "Kind": 11, "Category": 20, "Owner": 16, "Status": 9, "Probability": 10, "P score": 7,
    "Impact": 7, "Score": 7, "Cost impact": 12, "EMV": 12, "Delay (days)": 8, "Response": 10, "Response plan": 30,
    "Contingency plan": 26, "Trigger": 22, "Review": 10, "Residual score": 8, "Tasks": 10,
}  # fmt: skip
STATUS_OPEN = "Open"
GROUPS = {(RiskStatus.OPEN, RiskKind.THREAT): 0, (RiskStatus.OPEN, RiskKind.OPPORTUNITY): 1}


def register_order(lines: list[RiskLine]) -> list[RiskLine]:
    """Open threats by score (then EMV, then ID), as `top_risks` ranks them, then the others."""

    def key(line: RiskLine) -> tuple:
        risk = line.risk
        group = GROUPS.get((risk.status, risk.kind), 2 if risk.status is RiskStatus.OCCURRED else 3)
        return (group, -line.score, -line.emv, risk.id)

    return sorted(lines, key=key)


def write(book: Workbook, source: WorkbookSource) -> None:
    project = source.project
    if not project.risks:
        return
    sheet = book.create_sheet(SHEET)
    lines = register_order(register_lines(project))
    last = _register(sheet, source, lines)
    heat_row = last + 3
    below = _heat_map(book, sheet, source, last, heat_row)
    for name, width in WIDTHS.items():
        sheet.column_dimensions[LETTER[name]].width = width
    sheet.row_dimensions[1].height = 2 * LINE_HEIGHT  # "P score", "Residual score" wrap
    wrapped_heights(sheet, [LETTER[name] for name in LONG_TEXT], FIRST_ROW, last)
    simulation = last_simulation(project)
    if simulation is not None:
        simulation_block.write(book, sheet, source, simulation, below + 2)
    table_frame(sheet, 1, last, len(HEADERS), frozen_columns=2)
    print_setup(sheet, project.name, "1:1")
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3  # twenty columns one page wide: about 9 pt on A3, 6 on A4


def _register(sheet: Worksheet, source: WorkbookSource, lines: list[RiskLine]) -> int:
    """One row per risk under the header; returns the last row."""
    for column, text in enumerate(HEADERS, start=1):
        put(sheet.cell(1, column), text, HEADER)
    project = source.project
    ids = source.schedule.outline.ids
    day = project.units.minutes_per_day
    row = 1
    for row, line in enumerate(lines, start=FIRST_ROW):
        risk = line.risk
        values = {
            "ID": (risk.id, COUNT),
            "Title": (risk.title, WRAP),
            "Kind": (risk.kind.value.capitalize(), TEXT),
            "Category": (line.category, TEXT),
            "Owner": (line.owner, TEXT),
            "Status": (risk.status.value.capitalize(), TEXT),
            "Probability": (risk.probability, PERCENT),
            "P score": (line.probability_score, COUNT),
            "Impact": (line.impact, COUNT),
            "Cost impact": (round(risk.cost_impact, 2), MONEY),
            "Delay (days)": (round(risk.schedule_impact_minutes / day, 1), COUNT),  # working days, centred
            "Response": (risk.response.value.capitalize(), TEXT),
            "Response plan": (risk.response_plan, WRAP),
            "Contingency plan": (risk.contingency_plan, WRAP),
            "Trigger": (risk.trigger, WRAP),
            "Review": (risk.review, DATE),
            "Residual score": (line.residual_score, COUNT),
            "Tasks": (", ".join(str(ids.id_of(t)) for t in line.tasks), TEXT),
        }
        for name, (value, style) in values.items():
            put(sheet.cell(row, COLUMN[name]), value if value != "" else None, style)
        p, i, kind, chance, cost = (LETTER[n] for n in ("P score", "Impact", "Kind", "Probability", "Cost impact"))
        formula(sheet.cell(row, COLUMN["Score"]), f"={p}{row}*{i}{row}", COUNT)
        formula(sheet.cell(row, COLUMN["EMV"]), f'=IF({kind}{row}="Opportunity",-1,1)*{chance}{row}*{cost}{row}', MONEY)
    return row


def heat_formula(last: int, probability: int, impact: int) -> str:
    """How many open risks of the register (rows 2 to `last`) have this probability score and impact."""
    p, i, s = LETTER["P score"], LETTER["Impact"], LETTER["Status"]
    return (
        f"=COUNTIFS(${p}${FIRST_ROW}:${p}${last},{probability},${i}${FIRST_ROW}:${i}${last},{impact},"
        f'${s}${FIRST_ROW}:${s}${last},"{STATUS_OPEN}")'
    )


def _heat_map(book: Workbook, sheet: Worksheet, source: WorkbookSource, last: int, top: int) -> int:
    """Probability 5 (top) to 1 down, impact 1 to 5 across; the open risks' count and exposure
    below; returns the last row written."""
    put(sheet.cell(top, 1), "Heat map: open risks by probability score and impact", HEADING)
    header = top + 1
    sheet.row_dimensions[header].height = 2 * LINE_HEIGHT
    put(sheet.cell(header, 1), "P score", HEADER)
    put(sheet.cell(header, 2), "Probability \\ impact", HEADER)
    for impact in range(1, 6):
        put(sheet.cell(header, 2 + impact), f"{impact} {LEVEL_NAMES[impact - 1]}", HEADER)
    scales = project_scales(source.project)
    for n, probability in enumerate(range(5, 0, -1)):
        row = header + 1 + n
        put(sheet.cell(row, 1), probability, COUNT)
        put(sheet.cell(row, 2), scales.describe(Dimension.PROBABILITY, probability), TEXT)
        for impact in range(1, 6):
            formula(sheet.cell(row, 2 + impact), heat_formula(last, probability, impact), COUNT)
    grid = f"C{header + 1}:G{header + 5}"
    sheet.conditional_formatting.add(
        grid,
        ColorScaleRule(
            start_type="num", start_value=0, start_color="FFFFFF",
            mid_type="percentile", mid_value=50, mid_color="FFD966",
            end_type="max", end_color="F8696B",
        ),
    )  # fmt: skip
    totals = header + 6
    put(sheet.cell(totals, 2), "Open risks", TOTAL)
    formula(sheet.cell(totals, 3), f"=SUM({grid})", COUNT)
    exposure = totals + 1
    put(sheet.cell(exposure, 2), "Risk exposure (open risks' EMV)", TOTAL)
    emv, status = LETTER["EMV"], LETTER["Status"]
    formula(
        sheet.cell(exposure, 3),
        f'=SUMIFS({emv}{FIRST_ROW}:{emv}{last},{status}{FIRST_ROW}:{status}{last},"{STATUS_OPEN}")',
        MONEY,
    )
    source.figure(book, "Risk_Exposure", "Risk exposure (open risks' EMV)", SHEET, f"C{exposure}")
    threats = exposure + 1
    put(sheet.cell(threats, 2), "Open threats", TOTAL)
    kind = LETTER["Kind"]
    formula(
        sheet.cell(threats, 3),
        f'=COUNTIFS({kind}{FIRST_ROW}:{kind}{last},"Threat",{status}{FIRST_ROW}:{status}{last},"{STATUS_OPEN}")',
        COUNT,
    )
    source.figure(book, "Risk_Open_Threats", "Open threats", SHEET, f"C{threats}")
    return threats
