"""What a frame paints besides the bars: labels, selected rows, row parity, shading, grid and date lines.

Read from the tree (selection, alternating colours, scroll position) and the project
(calendar, status date) for the dates and rows in view only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QTreeView

from planner.core.model.dates import format_date
from planner.ui.gantt.chart.colors import ChartColors
from planner.ui.gantt.chart.frame import Frame
from planner.ui.gantt.chart.paint import Scene
from planner.ui.gantt.chart.shading import MIN_DAY_PX, Span, nonworking_spans
from planner.ui.gantt.chart.source import ChartSource
from planner.ui.gantt.chart.timescale import TimeScale


def make_scene(
    tree: QTreeView, source: ChartSource, scale: TimeScale, frame: Frame, colors: ChartColors,
    size: tuple[int, int], today: Callable[[], datetime] | None,
) -> Scene:  # fmt: skip
    width, height = size
    first, last = scale.datetime_at(0), scale.datetime_at(width)
    return Scene(
        frame=frame,
        scale=scale,
        colors=colors,
        width=width,
        height=height,
        labels=labels(source, frame),
        selected=selected(tree, frame),
        alternate=tree.alternatingRowColors(),
        first_number=first_row_number(tree, frame),
        nonworking=nonworking(source, scale, first, last),
        grid=grid(scale, first, last),
        today=today() if today else None,
        status=source.project.status_date,
    )


def labels(source: ChartSource, frame: Frame) -> dict[int, str]:
    """The name beside each bar; a milestone's date too, as MS Project shows it; then the task's
    resources, which MS Project writes right of the bar."""
    tasks = source.project.tasks
    found = {}
    for task_id, shape in frame.shapes.items():
        task = tasks.get(task_id)
        if task is None:
            continue
        found[task_id] = task.name
        if shape.kind == "milestone":
            found[task_id] = f"{task.name}  {format_date(source.dates(task_id).start)}"
        names = source.resource_names(task_id) if shape.kind != "summary" else ""
        if names:
            found[task_id] += "  ·  " + names.replace(";", ", ")
    return found


def selected(tree: QTreeView, frame: Frame) -> set[int]:
    """Task ids of the visible rows with any cell selected in the tree."""
    selection = tree.selectionModel()
    if selection is None:
        return set()
    return {r.slot.task_id for r in frame.rows if selection.rowIntersectsSelection(r.index.row(), r.index.parent())}


def first_row_number(tree: QTreeView, frame: Frame) -> int:
    """The tree's visual row number of its top row, so alternating colours match the tree's."""
    value = tree.verticalScrollBar().value()
    if tree.verticalScrollMode() == QTreeView.ScrollMode.ScrollPerItem or not frame.rows:
        return value
    return value // max(1, frame.rows[0].slot.height)


def nonworking(source: ChartSource, scale: TimeScale, first: datetime, last: datetime) -> list[Span]:
    """The project calendar's days off in view; at hour zoom, its off hours too."""
    if scale.px_per_day < MIN_DAY_PX:
        return []
    hourly = scale.tiers()[1].kind == "hour"
    return nonworking_spans(source.calendar(), first, last, hourly)


def grid(scale: TimeScale, first: datetime, last: datetime) -> list[tuple[datetime, bool]]:
    """A line at every lower-tier boundary; those that are also upper-tier boundaries are strong."""
    upper, lower = scale.tiers()
    strong = {start for start, _ in upper.spans(first, last)}
    lines = [(start, start in strong) for start, _ in lower.spans(first, last)]
    weak_only = strong - {moment for moment, _ in lines}
    return lines + [(moment, True) for moment in sorted(weak_only)]


def date_marks(source: ChartSource, today: Callable[[], datetime] | None) -> list[tuple[datetime, str]]:
    """Where the header marks today and the status date, with the ChartColors name of each."""
    marks = []
    if today:
        marks.append((today(), "today"))
    if source.project.status_date:
        marks.append((source.project.status_date, "status"))
    return marks
