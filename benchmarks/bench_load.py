"""Loading a large project file: check, read and validate every row into a core Project.

    python benchmarks/bench_load.py [--tasks 100000] [--runs 3] [--file big.plandb]

Every row goes through its codec's checks (store/codecs.py and the modules it lists) and the references and
the WBS are checked across rows; this prints what that costs. The last line is the
best of the runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from generate import generate_project, write_plandb

from planner.store.projectfile import ProjectFile


def load_once(path: Path) -> tuple[float, float]:
    """(wall-clock, CPU) seconds; CPU time is the steadier figure on a shared machine."""
    began, began_cpu = time.perf_counter(), time.process_time()
    with ProjectFile.open(path, writable=False) as file:
        file.load()
    return time.perf_counter() - began, time.process_time() - began_cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--file", type=Path, help="an existing file to load instead of a generated one")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = args.file
        if path is None:
            path = Path(folder) / f"bench-{args.tasks}.plandb"
            write_plandb(generate_project(args.tasks), path)
        results = []
        for run in range(1, args.runs + 1):
            results.append(load_once(path))
            print(f"run {run}: {results[-1][0]:.3f} s ({results[-1][1]:.3f} s CPU)")
    wall, cpu = min(r[0] for r in results), min(r[1] for r in results)
    print(f"load {path.name} with every row checked: {wall:.3f} s ({cpu:.3f} s CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
