"""The fills the Stakeholders tab paints: engagement by its gap, plan lines by when they fall due.

The same three colours as the grid's dots and the workbook's cells (light enough
for dark text): green on target, amber one level short or due this week, red two or
more levels short or overdue.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from planner.core.communication.grid import GapBand

GAP_FILLS = {GapBand.ON_TARGET: "#c6efce", GapBand.ONE_SHORT: "#ffeb9c", GapBand.FAR_SHORT: "#ffc7ce"}
OVERDUE_FILL = "#ffc7ce"
DUE_SOON_FILL = "#ffeb9c"


def fill(colour: str) -> QColor:
    return QColor(colour)
