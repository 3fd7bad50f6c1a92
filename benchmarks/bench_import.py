"""Budget: import 100,000 sheet rows in < 10 s, linear in rows; any shape of sheet under 10,000 rows in < 3 s.

    python benchmarks/bench_import.py [--sizes 10000 50000 100000] [--shapes-only] [--no-shapes]

Each sheet is written to a temporary .csv first; the clock covers what
`planner import` does before writing the project file: read the sheet, parse the
rows, build the WBS and links, find loops (read_task_sheet). The realistic sheets
come from generate.py (a WBS 2-4 levels deep, ~1.5 links a task); the odd shapes
are the ones issue 9 found slow: thousands of two-task loops, a 10,000-deep
outline, one task with thousands of predecessors, one long chain, dated rows
without durations, rows with bad cells.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

from generate import generate_project, write_sheet

from planner.exchange.task_import import read_task_sheet

START = datetime(2027, 1, 4, 8, 0)
Rows = Iterator[list[object]]


def _write(path: Path, header: list[str], rows: Rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def two_task_loops(count: int) -> Rows:
    """Pairs of tasks each the other's predecessor: count // 2 loops."""
    for first in range(1, count, 2):
        yield [first, f"Loop {first} a", "1d", first + 1]
        yield [first + 1, f"Loop {first} b", "1d", first]


def deep_outline(count: int) -> Rows:
    """Each row one level below the one above it."""
    for task_id in range(1, count + 1):
        yield [task_id, f"Level {task_id}", "1d", "", task_id]


def fan_in(count: int) -> Rows:
    """count - 1 parallel tasks, all predecessors of the last one."""
    for task_id in range(1, count):
        yield [task_id, f"Task {task_id}", "1d", "", 1]
    yield [count, "Go-live", "0d", ";".join(str(i) for i in range(1, count)), 1]


def chain(count: int) -> Rows:
    """One long FS chain."""
    for task_id in range(1, count + 1):
        yield [task_id, f"Task {task_id}", "1d", task_id - 1 if task_id > 1 else "", 1]


def dated_rows(count: int) -> Rows:
    """Start and Finish but no Duration, so every duration is derived; no ID column."""
    day = date(2027, 1, 4)
    for number in range(count):
        start = day + timedelta(days=number % 300)
        yield [f"Task {number}", f"{start:%Y-%m-%d}", f"{start + timedelta(days=2):%Y-%m-%d}"]


def bad_cells(count: int) -> Rows:
    """Every row with a problem: a duration, a predecessor and a date that cannot be read."""
    for task_id in range(1, count + 1):
        yield [task_id, f"Task {task_id}", "three days", f"{task_id + count}", "soon"]


SHAPES: dict[str, tuple[list[str], Callable[[int], Rows]]] = {
    "5,000 two-task loops": (["ID", "Name", "Duration", "Predecessors"], two_task_loops),
    "10,000-deep outline": (["ID", "Name", "Duration", "Predecessors", "Outline Level"], deep_outline),
    "fan-in of 9,999 links": (["ID", "Name", "Duration", "Predecessors", "Outline Level"], fan_in),
    "one chain": (["ID", "Name", "Duration", "Predecessors", "Outline Level"], chain),
    "dated rows, no ID": (["Name", "Start", "Finish"], dated_rows),
    "every row bad": (["ID", "Name", "Duration", "Predecessors", "Start"], bad_cells),
}


def timed_import(path: Path) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds, tasks, problems) of one read_task_sheet."""
    began, cpu = time.perf_counter(), time.process_time()
    result = read_task_sheet(path, start=START)
    return time.perf_counter() - began, time.process_time() - cpu, len(result.project.tasks), len(result.problems)


def report(label: str, rows: int, seconds: float, cpu: float, tasks: int, problems: int, budget: float) -> bool:
    """One line of figures; the budget is judged on wall time (CPU time shows what a busy machine hides)."""
    verdict = "ok" if seconds < budget else "OVER BUDGET"
    print(
        f"{label:<24} {rows:>8,} rows {seconds:7.2f} s (CPU {cpu:6.2f} s) {rows / seconds:>9,.0f} rows/s "
        f"({tasks:,} tasks, {problems:,} problems; budget {budget:g} s: {verdict})"
    )
    return seconds < budget


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--shape-rows", type=int, default=10_000)
    parser.add_argument("--no-shapes", action="store_true")
    parser.add_argument("--shapes-only", action="store_true")
    args = parser.parse_args(argv)
    within = True
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.csv"
        for size in [] if args.shapes_only else args.sizes:
            write_sheet(generate_project(size), path)
            within &= report("generated WBS", size, *timed_import(path), budget=10 * size / 100_000)
        for label, (header, rows) in {} if args.no_shapes else SHAPES.items():
            _write(path, header, rows(args.shape_rows))
            within &= report(label, args.shape_rows, *timed_import(path), budget=3.0)
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
