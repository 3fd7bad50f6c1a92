"""The workbook's named styles: one look, changed in one place, visible in Excel's Styles gallery.

Dates use Excel's built-in short date (format 14), which Excel and LibreOffice show in the
reader's own locale; amounts use the project's currency symbol with the reader's digit
grouping. Sheets refer to the styles by the names below.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

TITLE = "Planner Title"
HEADER = "Planner Header"
TEXT = "Planner Text"
DATE = "Planner Date"
MONEY = "Planner Money"
PERCENT = "Planner Percent"
NUMBER = "Planner Number"
DAYS = "Planner Days"
NOTE = "Planner Note"
HEADING = "Planner Heading"  # a table's title on a sheet with several tables
TOTAL = "Planner Total"  # the label of a totals row
TOTAL_MONEY = "Planner Total Money"
COUNT = "Planner Count"  # whole numbers: risks in a heat map cell, runs of a simulation
HOURS = "Planner Hours"
WRAP = "Planner Text Wrapped"  # long text (a risk's title, its response plan) in a column of fixed width
ASIDE = "Planner Aside"  # a one-line note beside a figure, running over the empty cells to its right

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "CHF": "CHF ", "SEK": "kr "}
HEADER_FILL = "1F4E79"
GRID = Side(style="thin", color="BFBFBF")


def money_format(currency: str) -> str:
    """An Excel number format for amounts in `currency`: "€"#,##0.00, negatives in red."""
    symbol = SYMBOLS.get(currency.upper(), f"{currency} ").replace('"', "")
    return f'"{symbol}"#,##0.00;[Red]-"{symbol}"#,##0.00'


def add_styles(book: Workbook, currency: str) -> None:
    """Register the named styles in `book` (once, before any sheet is written)."""
    body = Font(name="Calibri", size=10)
    top = Alignment(vertical="top")  # numbers level with the first line of wrapped text beside them
    styles = [
        NamedStyle(TITLE, font=Font(name="Calibri", size=16, bold=True, color=HEADER_FILL)),
        NamedStyle(
            HEADER,
            font=Font(name="Calibri", size=10, bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor=HEADER_FILL),
            alignment=Alignment(vertical="center", wrap_text=True),
            border=Border(bottom=GRID),
        ),
        NamedStyle(TEXT, font=body, alignment=Alignment(vertical="top")),
        NamedStyle(DATE, font=body, number_format="mm-dd-yy", alignment=top),  # built-in 14: the reader's short date
        NamedStyle(MONEY, font=body, number_format=money_format(currency), alignment=top),
        NamedStyle(PERCENT, font=body, number_format="0%", alignment=top),
        NamedStyle(NUMBER, font=body, number_format="0.00", alignment=top),
        NamedStyle(DAYS, font=body, number_format='General" d"', alignment=top),
        NamedStyle(
            NOTE, font=Font(name="Calibri", size=9, italic=True, color="595959"), alignment=Alignment(wrap_text=True)
        ),
        NamedStyle(HEADING, font=Font(name="Calibri", size=12, bold=True, color=HEADER_FILL)),
        NamedStyle(TOTAL, font=Font(name="Calibri", size=10, bold=True), border=Border(top=GRID)),
        NamedStyle(
            TOTAL_MONEY,
            font=Font(name="Calibri", size=10, bold=True),
            border=Border(top=GRID),
            number_format=money_format(currency),
        ),
        NamedStyle(COUNT, font=body, number_format="0", alignment=Alignment(horizontal="center", vertical="top")),
        NamedStyle(HOURS, font=body, number_format="0.0", alignment=top),
        NamedStyle(WRAP, font=body, alignment=Alignment(vertical="top", wrap_text=True)),
        NamedStyle(ASIDE, font=Font(name="Calibri", size=9, italic=True, color="595959")),
    ]
    for style in styles:
        book.add_named_style(style)
