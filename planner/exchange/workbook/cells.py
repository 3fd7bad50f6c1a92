"""Writing values into cells so that nothing a user typed runs as a formula.

A task called "=HYPERLINK(...)" or "+1-2" would otherwise be a live formula in the
stakeholder's Excel: OWASP's CSV/formula-injection rule says any text starting with
=, +, -, @, tab or carriage return is stored as text. openpyxl treats any str beginning
with "=" as a formula, so text goes in with the string type forced, and with Excel's
quote prefix so that editing the cell keeps it text. Control characters XML cannot hold
(a pasted bell or escape) are dropped rather than failing the whole export.

Text and numbers are stored without openpyxl's per-value type sniffing (a 10,000-task
Schedule sheet writes 150,000 cells); anything else (dates) goes through openpyxl.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles.cell_style import StyleArray

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBERS = (int, float)
MAX_TEXT = 32767  # characters a cell holds in Excel


def clean_text(text: str) -> str:
    """The text without the control characters an .xlsx file cannot hold, cut to what a cell holds."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text[:MAX_TEXT]


def put(cell: Cell, value: Any, style: str | None = None) -> Cell:
    """Store a value (text stays text, whatever it starts with); `style` is a named style.

    The style goes first: setting a named style replaces the cell's whole style, quote prefix included."""
    if style is not None:
        cell.style = style
    kind = type(value)
    if kind is str:
        text = clean_text(value)
        cell._value, cell.data_type = text, "s"
        if text.startswith(RISKY_STARTS):
            if cell.has_style:
                cell._style = StyleArray(cell._style)  # its own: Table's cells share their style's
            cell.quotePrefix = True
    elif kind in NUMBERS:
        cell._value, cell.data_type = value, "n"
    else:
        cell.value = value
    return cell


def formula(cell: Cell, text: str, style: str | None = None) -> Cell:
    """Store a formula Planner wrote itself (text starting with "="), never user text."""
    if not text.startswith("="):
        raise ValueError(f"a formula starts with '=': {text!r}")
    cell.value = text
    if style is not None:
        cell.style = style
    return cell
