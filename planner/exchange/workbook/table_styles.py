"""Named styles of the task tables beyond styles.py's: bold twins for summary rows, task names
indented by outline level, the Gantt's week headers, section titles and the RAG signs.

Registered by book.build_workbook after styles.add_styles; sheets use them by name, never
ad-hoc fonts or fills (Excel lists them all in its Styles gallery).
"""

from __future__ import annotations

from copy import copy

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

from planner.exchange.workbook.styles import DATE, DAYS, HEADER, HEADER_FILL, NUMBER, PERCENT, TEXT

NAME_LEVELS = 8  # task names indent one step per outline level, down to this level
WEEK = "Planner Week"  # a Gantt column's Monday, written upwards
WEEK_STATUS = "Planner Week Status"  # the week holding the status date
GANTT = "Planner Gantt"  # a Gantt cell that holds a hidden 1, so a milestone's mark can show in it
SECTION = "Planner Section"  # a heading within a sheet ("Key dates")
LABEL = "Planner Label"  # the left column of a label/value list
SIGN = "Planner Sign"  # a red/amber/green cell
CENTRED = "Planner Centred"  # short flags: Yes/No, IDs

STATUS_FILL = "C55A11"
BOLD_STYLES = (TEXT, DATE, DAYS, PERCENT, NUMBER, CENTRED)


def bold(style: str) -> str:
    """The summary-row twin of a body style: "Planner Date" -> "Planner Date Bold"."""
    return f"{style} Bold"


def name_style(level: int, summary: bool) -> str:
    """The task-name style of an outline level (1 for top-level tasks)."""
    name = f"Planner Name {min(max(level, 1), NAME_LEVELS)}"
    return bold(name) if summary else name


def _twin(style: NamedStyle, name: str, **changes) -> NamedStyle:
    twin = NamedStyle(
        name,
        font=copy(style.font),
        fill=copy(style.fill),
        border=copy(style.border),
        alignment=copy(style.alignment),
        number_format=style.number_format,
    )
    for key, value in changes.items():
        setattr(twin, key, value)
    return twin


def add_table_styles(book: Workbook) -> None:
    """Register this module's styles in `book` (after styles.add_styles, whose styles they build on)."""
    known = {style.name: style for style in book._named_styles}
    text, header = known[TEXT], known[HEADER]
    body_font = copy(text.font)
    new = [
        _twin(text, CENTRED, alignment=Alignment(horizontal="center", vertical="top")),
        _twin(header, WEEK, number_format="d mmm", alignment=Alignment(horizontal="center", text_rotation=90)),
        _twin(
            header,
            WEEK_STATUS,
            number_format="d mmm",
            alignment=Alignment(horizontal="center", text_rotation=90),
            fill=PatternFill("solid", fgColor=STATUS_FILL),
        ),
        _twin(text, GANTT, number_format=";;;", alignment=Alignment(horizontal="center", vertical="center")),
        NamedStyle(
            SECTION,
            font=Font(name="Calibri", size=12, bold=True, color=HEADER_FILL),
            border=Border(bottom=Side(style="medium", color=HEADER_FILL)),
        ),
        _twin(text, LABEL, font=Font(name="Calibri", size=10, bold=True, color="404040")),
        _twin(
            text,
            SIGN,
            font=Font(name="Calibri", size=10, bold=True),
            alignment=Alignment(horizontal="center", vertical="top"),
        ),
    ]
    for level in range(1, NAME_LEVELS + 1):
        new.append(_twin(text, f"Planner Name {level}", alignment=Alignment(vertical="top", indent=2 * (level - 1))))
    for style in new:
        book.add_named_style(style)
        known[style.name] = style
    bold_font = copy(body_font)
    bold_font.bold = True
    for name in (*BOLD_STYLES, *(f"Planner Name {level}" for level in range(1, NAME_LEVELS + 1))):
        book.add_named_style(_twin(known[name], bold(name), font=copy(bold_font)))
