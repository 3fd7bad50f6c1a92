"""Budget: insert, delete, indent and outdent a task in an expanded 10,000-task tree in < 100 ms.

    python benchmarks/bench_structure.py [--tasks 10000] [--rounds 5]

The real main window is open on a generated project (offscreen, 1366x768), every
summary expanded, the cursor on a task in the middle of the table. Each round
triggers the window's own actions, as the keys do (Insert, Alt+Shift+Right,
Alt+Shift+Left, Delete): the new task is inserted above the current one, indented
under the task above it, outdented back and deleted, so the project ends each round
as it began. The clock of each runs from the action to the repaint of the table and
the chart; the Scheduler's part (a structural edit compiles the outline and network
afresh) is printed beside it. Wall and this thread's CPU time; the last line is the
worst operation's median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_edit import medians, time_calls
from window_bench import application, gantt_page, gantt_plugin, open_window, project_file

from planner.ui.gantt.roles import TaskIdRole

OPERATIONS = ("insert", "indent", "outdent", "delete")


def middle_leaf(window) -> int:
    """A task without subtasks half way down the table, whose row above is a plain task too
    (so the inserted task can be indented under it)."""
    table = gantt_page(window).table
    tasks = window.session.project.tasks
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() // 2)
    index = table.indexAt(table.viewport().rect().center())
    while table.proxy.hasChildren(index) or table.proxy.hasChildren(table.indexAbove(index)):
        index = table.indexBelow(index)
    task_id = index.data(TaskIdRole)
    assert task_id in tasks
    return task_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        path = project_file(Path(folder), args.tasks)
        window, watch = open_window(app, path)
        table, actions = gantt_page(window).table, gantt_plugin(window).task_actions
        task_id = middle_leaf(window)
        scheduling = time_calls(window.session.document.scheduler, "update")
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in OPERATIONS}
        for _ in range(args.rounds):
            table.select_task(task_id)
            app.processEvents()
            count = len(window.session.project.tasks)
            for name in OPERATIONS:
                watch.reset()
                began, cpu = time.perf_counter(), time.thread_time()
                getattr(actions, name).trigger()
                painted = watch.wait(app)
                times[name].append((painted - began, time.thread_time() - cpu))
            assert len(window.session.project.tasks) == count, "the round did not end as it began"
        for name in OPERATIONS:
            print(medians(f"{name}: median", times[name]))
        print(medians("of which the Scheduler (compile and run): median", scheduling))
        window.close()
        app.processEvents()
    worst = max(OPERATIONS, key=lambda name: statistics.median(t for t, _ in times[name]))
    label = f"insert, indent, outdent, delete in an expanded {args.tasks}-task tree: slowest, {worst}, median"
    print(f"{medians(label, times[worst])} (budget 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
