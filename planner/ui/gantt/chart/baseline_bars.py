"""Tracking Gantt: each task's baseline bar under its current bar (View > Tracking Gantt).

MS Project's Tracking Gantt draws the baseline as a grey bar in the lower part of the
row, so a slip shows as the current bar running past it. The bars come from the baseline
variance is measured against; a task without a row in it has none. The rows are indexed
by task once, and again only after an edit touching baselines or tasks.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from planner.core.edits.changes import Changes
from planner.core.evm.baselines import measured_baseline, task_rows
from planner.core.model.baselines import TaskBaseline
from planner.ui.gantt.chart.colors import ChartColors
from planner.ui.gantt.chart.geometry import Rect, Sizes
from planner.ui.gantt.chart.rows import VisibleRow
from planner.ui.gantt.chart.timescale import TimeScale
from planner.ui.session import Session

TRACKING_SIZES = Sizes(bar=0.42, summary=0.28)  # the current bar spans 0.29-0.71 of the row
TOP, HEIGHT = 0.70, 0.22  # the baseline bar, of the row: from just under the current bar
MILESTONE_PX = 7.0


class BaselineBars:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._rows: dict[int, TaskBaseline] | None = None

    def changed(self, changes: Changes) -> None:
        if changes.baselines or changes.task_baselines or changes.tasks:
            self._rows = None

    def rows(self) -> dict[int, TaskBaseline]:
        if self._rows is None:
            project = self.session.project
            self._rows = task_rows(project, measured_baseline(project))
        return self._rows

    def rects(self, visible: list[VisibleRow], scale: TimeScale) -> list[Rect]:
        """One rectangle per visible row that has a baseline, in viewport pixels."""
        rows = self.rows()
        found = []
        for row in visible:
            saved = rows.get(row.slot.task_id)
            if saved is None:
                continue
            slot = row.slot
            top, height = slot.top + slot.height * TOP, max(3.0, slot.height * HEIGHT)
            left = scale.x_of(saved.start)
            if saved.finish <= saved.start:  # a milestone: a short bar centred on its date
                found.append(Rect(left - MILESTONE_PX / 2, top, MILESTONE_PX, height))
            else:
                found.append(Rect(left, top, max(2.0, scale.x_of(saved.finish) - left), height))
        return found


def baseline_color(colors: ChartColors) -> QColor:
    """A mid grey between the text and the background: read as "the plan", never as a task."""
    text, base = colors.text, colors.base
    mix = 0.45
    return QColor.fromRgbF(
        base.redF() + (text.redF() - base.redF()) * mix,
        base.greenF() + (text.greenF() - base.greenF()) * mix,
        base.blueF() + (text.blueF() - base.blueF()) * mix,
    )


def paint_baselines(p: QPainter, rects: list[Rect], colors: ChartColors) -> None:
    if not rects:
        return
    fill = baseline_color(colors)
    p.setPen(QPen(fill.darker(130), 1))
    p.setBrush(fill)
    for rect in rects:
        p.drawRect(QRectF(round(rect.x) + 0.5, round(rect.y) + 0.5, max(1, round(rect.w) - 1), round(rect.h) - 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
