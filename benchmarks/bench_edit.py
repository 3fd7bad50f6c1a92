"""Budget: change one task's duration in a 10,000-task project, reschedule and repaint in < 50 ms.

    python benchmarks/bench_edit.py [--tasks 10000] [--edits 15]

The real main window is open on a generated project (offscreen, 1366x768). Each
edit is what typing a duration into the table does: TaskModel.setData builds the
edit, Session.run applies it, the document's Scheduler reruns the passes on the
network it keeps, the document commits it to the file, the model announces the
changed rows; the clock stops when the table and the Gantt chart have repainted.
Each figure is wall time and this thread's CPU time (what a machine shared with
other work does not inflate). The last line is the median (and worst) edit.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from window_bench import application, gantt_page, open_window, project_file

from planner.ui.gantt.roles import TaskIdRole
from planner.ui.gantt.table.columns import column_index


def time_calls(owner, name: str) -> list[tuple[float, float]]:
    """Replace owner.name with a wrapper that records each call's (wall, CPU) seconds; CPU is this
    thread's time, which other processes on a busy machine do not inflate."""
    durations: list[tuple[float, float]] = []
    original = getattr(owner, name)

    def timed(*args, **kwargs):
        began, cpu = time.perf_counter(), time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            durations.append((time.perf_counter() - began, time.thread_time() - cpu))

    setattr(owner, name, timed)
    return durations


def medians(label: str, samples: list[tuple[float, float]]) -> str:
    """'label wall ms (CPU ms)', medians of (wall, CPU) seconds."""
    wall, cpu = (statistics.median(s[i] for s in samples) * 1000 for i in (0, 1))
    return f"{label} {wall:.0f} ms (CPU {cpu:.0f} ms)"


def visible_leaf(window) -> int:
    """A task with no subtasks near the top of the table, so its row is on screen."""
    table = gantt_page(window).table
    index = table.proxy.index(0, 0)
    for _ in range(12):
        index = table.indexBelow(index)
    while table.proxy.hasChildren(index):
        index = table.indexBelow(index)
    return index.data(TaskIdRole)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=15)
    args = parser.parse_args(argv)
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        path = project_file(Path(folder), args.tasks)
        window, watch = open_window(app, path)
        model = gantt_page(window).model
        task_id = visible_leaf(window)
        cell = model.index_of(task_id, column_index("duration"))
        scheduling = time_calls(window.session.document.scheduler, "update")
        writing = time_calls(window.session.document.file, "write")
        times: list[tuple[float, float]] = []
        for edit in range(args.edits):
            watch.reset()
            began, cpu = time.perf_counter(), time.thread_time()
            assert model.setData(cell, "3d" if edit % 2 else "5d")
            painted = watch.wait(app)
            times.append((painted - began, time.thread_time() - cpu))
        print(f"edits of task {task_id}: " + ", ".join(f"{t * 1000:.0f}" for t, _ in times) + " ms")
        window_part = [
            (t - s - w, c - sc - wc) for (t, c), (s, sc), (w, wc) in zip(times, scheduling, writing, strict=True)
        ]
        print("medians: " + "; ".join([
            medians("reschedule", scheduling),
            medians("commit to the file", writing),
            medians("the window (edit, signals, repaint)", window_part),
        ]))  # fmt: skip
        window.close()
        app.processEvents()
    worst = max(t for t, _ in times) * 1000
    print(f"{medians(f'edit one duration in {args.tasks} tasks, reschedule, repaint: median', times)}, "
          f"worst {worst:.0f} ms (budget 50 ms)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
