"""Writing values into cells so that nothing a user typed runs as a formula.

A task called "=HYPERLINK(...)" or "+1-2" would otherwise be a live formula in the
stakeholder's Excel: OWASP's CSV/formula-injection rule says any text starting with
=, +, -, @, tab or carriage return is stored as text. openpyxl treats any str beginning
with "=" as a formula, so text goes in with the string type forced, and with Excel's
quote prefix so that editing the cell keeps it text.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import Cell

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")


def put(cell: Cell, value: Any, style: str | None = None) -> Cell:
    """Store a value (text stays text, whatever it starts with); `style` is a named style."""
    cell.value = value
    if isinstance(value, str) and value.startswith(RISKY_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True
    if style is not None:
        cell.style = style
    return cell


def formula(cell: Cell, text: str, style: str | None = None) -> Cell:
    """Store a formula Planner wrote itself (text starting with "="), never user text."""
    if not text.startswith("="):
        raise ValueError(f"a formula starts with '=': {text!r}")
    cell.value = text
    if style is not None:
        cell.style = style
    return cell
