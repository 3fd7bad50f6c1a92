"""Budget: `planner schedule` of 100,000 tasks, as a table or --json, in < 3 s and < 600 MB peak.

    python benchmarks/bench_cli_output.py [--tasks 100000] [--runs 2]

The command runs as a subprocess writing to /dev/null; its wall time and peak
resident memory (os.wait4's rusage) are the figures the budget is about. The split
into loading the file, scheduling and writing the output is measured in this
process (CPU seconds), to show which part of the time the output is.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generate_project, write_plandb

from planner.core.schedule.engine import schedule
from planner.exchange.schedule_report import write_schedule_json, write_schedule_table
from planner.store.projectfile import ProjectFile

WALL_BUDGET, MEMORY_BUDGET_MB = 3.0, 600


def run_command(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one `planner` run with its output thrown away."""
    command = [sys.executable, "-m", "planner", *args]
    began = time.perf_counter()
    with open(os.devnull, "w") as sink:
        child = subprocess.Popen(command, stdout=sink)
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - began
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed with exit code {child.returncode}")
    return wall, usage.ru_maxrss / 1024  # Linux reports KB


def split(path: Path) -> dict[str, float]:
    """CPU seconds of load, schedule, table and JSON in this process."""
    figures: dict[str, float] = {}
    began = time.process_time()
    with ProjectFile.open(path, writable=False) as file:
        project = file.load()
    figures["load"] = time.process_time() - began
    began = time.process_time()
    result = schedule(project)
    figures["schedule"] = time.process_time() - began
    for name, write in (("table", write_schedule_table), ("json", write_schedule_json)):
        began = time.process_time()
        write(result, io.StringIO())
        figures[name] = time.process_time() - began
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    within = True
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.plandb"
        write_plandb(generate_project(args.tasks), path)
        parts = split(path)
        print("in-process CPU s: " + ", ".join(f"{name} {seconds:.2f}" for name, seconds in parts.items()))
        for label, extra in (("table", []), ("--json", ["--json"])):
            best_wall, peak = min(run_command(["schedule", str(path), *extra]) for _ in range(args.runs))
            ok = best_wall < WALL_BUDGET and peak < MEMORY_BUDGET_MB
            within &= ok
            print(
                f"planner schedule {label:<7} {args.tasks:,} tasks: {best_wall:5.2f} s, peak {peak:5.0f} MB "
                f"(budget {WALL_BUDGET:g} s, {MEMORY_BUDGET_MB} MB: {'ok' if ok else 'OVER BUDGET'})"
            )
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
