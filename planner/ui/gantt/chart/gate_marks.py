"""The gate warning beside a gate's diamond (or bar) in the chart: its checklist has open or failed items.

The same triangle as the Indicators column's (red when an item failed, amber while items
are open), where the label would start, and the label moves right to make room: links
enter a diamond from the left and above, so the right is where nothing else is drawn
(an arrow leaving the finish has already pushed the label past its stub, frame.py).
The warnings are indexed by task once, and again only after an edit touching
checklists, their items or tasks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPalette

from planner.core.edits.changes import Changes
from planner.core.quality.gates import GateWarning, warnings_by_task
from planner.ui.gantt.chart.frame import Frame
from planner.ui.gantt.chart.geometry import Rect
from planner.ui.gantt.table.gate_sign import amber_color, paint_gate_sign
from planner.ui.gantt.table.signs import warning_color
from planner.ui.session import Session

SIZE = 10.0  # px, the triangle's width and height
ROOM = SIZE + 4.0  # px the label moves right


@dataclass(frozen=True)
class GateMark:
    task_id: int
    rect: Rect
    failed: bool
    warnings: tuple[GateWarning, ...]


class GateMarks:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._by_task: dict[int, list[GateWarning]] | None = None

    def changed(self, changes: Changes) -> None:
        if changes.checklists or changes.checklist_items or changes.tasks:
            self._by_task = None

    def by_task(self) -> dict[int, list[GateWarning]]:
        if self._by_task is None:
            self._by_task = warnings_by_task(self.session.project)
        return self._by_task

    def make_room(self, frame: Frame) -> None:
        """Move the labels of the frame's gates right, past where their marks go; before painting."""
        by_task = self.by_task()
        for task_id in [t for t in frame.shapes if t in by_task]:
            shape = frame.shapes[task_id]
            frame.shapes[task_id] = replace(shape, label_x=shape.label_x + ROOM)

    def marks(self, frame: Frame) -> list[GateMark]:
        """One mark per visible gate shape with a warning (after make_room), in viewport pixels."""
        by_task = self.by_task()
        if not by_task:
            return []
        found = []
        for task_id, shape in frame.shapes.items():
            warnings = by_task.get(task_id)
            if warnings:
                box = Rect(shape.label_x - ROOM, shape.row.top + shape.row.height / 2 - SIZE / 2, SIZE, SIZE)
                found.append(GateMark(task_id, box, any(w.failed for w in warnings), tuple(warnings)))
        return found

    def mark_at(self, frame: Frame, x: float, y: float) -> GateMark | None:
        for mark in self.marks(frame):
            if mark.rect.contains(x, y, 2.0):
                return mark
        return None


def paint_gate_marks(p: QPainter, marks: list[GateMark], palette: QPalette) -> None:
    red, amber = warning_color(palette), amber_color(palette)
    for mark in marks:
        rect = mark.rect
        paint_gate_sign(p, QRectF(rect.x, rect.y, rect.w, rect.h), red if mark.failed else amber)
