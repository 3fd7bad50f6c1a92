"""Budget: the whole window (task table + Gantt chart) < 16 ms a frame while scrolling 100,000 tasks.

    python benchmarks/bench_window_scroll.py [--tasks 100000] [--frames 200]

The real main window is open on a generated project (offscreen, 1366x768), every
summary expanded. The table is scrolled as bench_gantt_scroll.py does it (wheel-sized
runs at random places, then jumps across the project), the chart following the first
visible task in time. A frame is one repaint of everything the scroll left dirty:
Qt paints every dirty widget of the window in one pass (the table's viewport, the
chart's, their headers). Printed: the frame, the chart's own paint within it, and
the rest (the table, mostly); wall time and this thread's CPU time, which other
processes on a shared machine do not inflate. The last line is the whole frame.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_gantt_scroll import follow, positions
from window_bench import SIZE, PaintWatch, application, gantt_page, project_file, viewports

from planner.ui.shell.main_window import MainWindow
from planner.ui.shell.settings import Settings


def frame(window, value: int) -> tuple[float, float, float, float]:
    """Scroll to `value` and repaint: (window wall, window CPU, chart wall, chart CPU) in ms."""
    table, chart = gantt_page(window).table, gantt_page(window).chart
    table.verticalScrollBar().setValue(value)
    follow(table, chart)
    began, cpu = time.perf_counter(), time.thread_time()
    chart.viewport().repaint()  # paints every dirty widget of the window: the table, the chart, the headers
    return (time.perf_counter() - began) * 1000, (time.thread_time() - cpu) * 1000, chart.paint_ms, chart.paint_cpu_ms


def summary(label: str, values: list[float]) -> str:
    mean, median = statistics.mean(values), statistics.median(values)
    return f"{label} mean {mean:.1f} ms, median {median:.1f}, worst {max(values):.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--frames", type=int, default=200)
    args = parser.parse_args(argv)
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        path = project_file(Path(folder), args.tasks)
        window = MainWindow(Settings.scratch())
        window.resize(*SIZE)
        window.show()
        began = time.perf_counter()
        window.open_path(path)
        PaintWatch(viewports(window)).wait(app)
        print(f"{args.tasks} tasks opened to first paint: {time.perf_counter() - began:.1f} s")
        table = gantt_page(window).table
        bar = table.verticalScrollBar()
        row_height = table.rowHeight(table.proxy.index(0, 0))
        frame(window, 0)
        frames = [frame(window, v) for v in positions(bar.maximum(), 3 * row_height, args.frames, random.Random(7))]
        wall, cpu, chart_wall, chart_cpu = (list(column) for column in zip(*frames, strict=True))
        print(summary("chart paint, wall:", chart_wall))
        print(summary("chart paint, CPU: ", chart_cpu))
        print(summary("rest (table, headers, Qt), CPU:", [w - c for w, c in zip(cpu, chart_cpu, strict=True)]))
        print(summary("window frame, CPU:", cpu))
        window.close()
        app.processEvents()
    print(summary(f"whole window frame while scrolling {args.tasks} tasks, wall:", wall) + " (budget 16 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
