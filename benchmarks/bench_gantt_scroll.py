"""Budget: a Gantt repaint while scrolling 100,000 tasks in < 16 ms a frame.

    python benchmarks/bench_gantt_scroll.py --tasks 100000 [--frames 300]

Builds a generated project, shows the real task table and the Gantt chart side by
side at 1366x768 (offscreen), then scrolls the table: wheel-sized steps through
several places in the project, and jumps from one end to the other. Each frame
the chart follows the first visible task in time (as a user reading the plan
would), so every frame paints bars, arrows and labels.

Qt paints every dirty widget of a window in one pass, so a frame's wall time holds
the table's repaint too; it is printed as "window frame". The chart's own cost is
its paintEvent (GanttView.paint_ms): reading the rows from the tree, dates, geometry
and painting. The last line is the chart's mean and worst over the frames.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QSplitter

from planner.store.document import Document
from planner.ui.gantt.chart.view import GanttView
from planner.ui.gantt.roles import TaskIdRole
from planner.ui.gantt.table.task_model import TaskModel
from planner.ui.gantt.table.task_proxy import TaskProxy
from planner.ui.gantt.table.task_table import TaskTable
from planner.ui.session import Session

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_project


def build(tasks: int, folder: Path) -> tuple[QSplitter, TaskTable, GanttView, Session]:
    began = time.perf_counter()
    project = generate_project(tasks)
    session = Session(Document.create(folder / "bench.plandb", project))
    print(f"{len(project.tasks)} tasks, {len(project.links)} links generated and scheduled: "
          f"{time.perf_counter() - began:.1f} s")  # fmt: skip
    model = TaskModel(session)
    table = TaskTable(TaskProxy(model))
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(table)
    chart = GanttView(table, session, splitter)
    splitter.addWidget(chart)
    splitter.resize(1366, 768)
    splitter.setSizes([520, 846])
    splitter.show()
    QApplication.processEvents()
    return splitter, table, chart, session


def follow(table: TaskTable, chart: GanttView) -> None:
    """Scroll the chart in time to the first visible task, as a user reading down the plan does."""
    index = table.indexAt(QPoint(1, 1))
    if index.isValid():
        dates = chart.source.dates(index.siblingAtColumn(0).data(TaskIdRole))
        if dates is not None:
            chart.scroll_to_date(dates.start, x=60)


def frame(table: TaskTable, chart: GanttView, value: int) -> tuple[float, float, float]:
    """Scroll the table to `value`; return the chart's paint (wall, CPU) and the whole window's frame, in ms."""
    table.verticalScrollBar().setValue(value)
    follow(table, chart)
    began = time.perf_counter()
    chart.viewport().repaint()  # paints every dirty widget of the window: the table, the chart, its header
    return chart.paint_ms, chart.paint_cpu_ms, (time.perf_counter() - began) * 1000


def positions(maximum: int, step: int, frames: int, rng: random.Random) -> list[int]:
    """Wheel-sized runs of 20 frames at random places, then jumps across the whole project."""
    values: list[int] = []
    while len(values) < frames * 2 // 3:
        start = rng.randrange(0, max(1, maximum - 20 * step))
        values.extend(min(maximum, start + i * step) for i in range(20))
    values.extend(rng.randrange(0, maximum + 1) for _ in range(frames - len(values)))
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--zoom", type=float, default=30.0, help="pixels per day (30: weeks over days)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        splitter, table, chart, session = build(args.tasks, Path(folder))
        chart.zoom = args.zoom
        bar = table.verticalScrollBar()
        row_height = table.visualRect(table.indexAt(QPoint(1, 1))).height()
        first = frame(table, chart, 0)
        print(f"first paint (builds the link index): chart {first[0]:.1f} ms, window {first[1]:.1f} ms")
        times = [
            frame(table, chart, v) for v in positions(bar.maximum(), 3 * row_height, args.frames, random.Random(7))
        ]
        chart_ms, cpu_ms, window_ms = ([t[i] for t in times] for i in range(3))
        arrows = len(chart.frame.arrows)
        print(f"window frame (table + chart + Qt): mean {statistics.mean(window_ms):.2f} ms, "
              f"worst {max(window_ms):.2f} ms")  # fmt: skip
        print(f"rows in view {len(chart.frame.rows)}, arrows in the last frame {arrows}")
        print(f"gantt paint, CPU time of this thread (what a busy machine does not inflate): "
              f"mean {statistics.mean(cpu_ms):.2f} ms, worst {max(cpu_ms):.2f} ms")  # fmt: skip
        session.close()
        splitter.close()
        app.processEvents()
        print(f"gantt paint over {len(chart_ms)} frames of {args.tasks} tasks: "
              f"mean {statistics.mean(chart_ms):.2f} ms, worst {max(chart_ms):.2f} ms")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
