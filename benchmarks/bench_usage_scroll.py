"""The Resource Usage view on 10,000 tasks and 200 people: opening it, then frames while scrolling.

    python benchmarks/bench_usage_scroll.py [--tasks 10000] [--people 200] [--frames 200]

Generates a project with a team (workload_team.py), opens the Usage view at 1366x768
(offscreen) by days, then scrolls: down the rows in wheel-sized steps and jumps, and
sideways through the timescale. Each frame is one repaint of the view's tables (both
halves of the frozen table). The view computes only the rows on screen, so a frame's cost
should not grow with the project; the first frame after a jump computes the new rows.
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

from PySide6.QtWidgets import QApplication

from planner.core.resources.periods import Granularity
from planner.store.document import Document
from planner.ui.session import Session
from planner.ui.workload.usage_view import UsageView

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_project
from workload_team import add_team


def frame(view: UsageView, vertical: int, horizontal: int) -> tuple[float, float]:
    """Scroll to the values and repaint; (wall, this thread's CPU) in ms: on a shared machine the
    CPU figure is what the code costs."""
    view.table.right.verticalScrollBar().setValue(vertical)
    view.table.right.horizontalScrollBar().setValue(horizontal)
    began, cpu = time.perf_counter(), time.thread_time()
    view.table.left.viewport().repaint()
    view.table.right.viewport().repaint()
    return (time.perf_counter() - began) * 1000, (time.thread_time() - cpu) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--frames", type=int, default=200)
    args = parser.parse_args(argv)
    QApplication.instance() or QApplication([])
    project = add_team(generate_project(args.tasks), args.people)
    with tempfile.TemporaryDirectory() as folder:
        session = Session(Document.create(Path(folder) / "bench.plandb", project))
        began, cpu = time.perf_counter(), time.thread_time()
        view = UsageView(session)
        view.resize(1366, 768)
        view.show()
        view.set_granularity(Granularity.DAY)
        QApplication.processEvents()
        opened, opened_cpu = (time.perf_counter() - began) * 1000, (time.thread_time() - cpu) * 1000
        rows, periods = view.model.rowCount(), view.model.columnCount() - 2
        print(f"{len(project.tasks)} tasks, {len(project.resources)} people, {len(project.assignments)} assignments")
        print(
            f"usage view opened by days: {opened:.0f} ms wall, {opened_cpu:.0f} ms CPU ({rows} rows x {periods} days)"
        )
        vbar, hbar = view.table.right.verticalScrollBar(), view.table.right.horizontalScrollBar()
        rng = random.Random(1)
        steps, jumps = [], []
        v = h = 0
        for i in range(args.frames):
            if i % 20 == 0:  # a jump: new rows and periods to work out
                v, h = rng.randint(0, vbar.maximum()), rng.randint(0, hbar.maximum())
                jumps.append(frame(view, v, h))
            else:  # a wheel step down or sideways
                v, h = (min(v + 90, vbar.maximum()), h) if i % 2 else (v, min(h + 120, hbar.maximum()))
                steps.append(frame(view, v, h))
        for name, times in (("scroll steps", steps), ("jumps", jumps)):
            wall, cpu = [t[0] for t in times], [t[1] for t in times]
            print(
                f"{name + ':':13} wall mean {statistics.mean(wall):.1f} ms, worst {max(wall):.1f}; "
                f"CPU mean {statistics.mean(cpu):.1f} ms, worst {max(cpu):.1f} ms a frame ({len(times)} frames)"
            )
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
