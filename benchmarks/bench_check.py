"""What checking a file before trusting it costs: SQLite's integrity_check against quick_check.

    python benchmarks/bench_check.py [--tasks 10000 100000] [--runs 3]

Planner runs the full `PRAGMA integrity_check` on every open (store/check.py), because
quick_check does not compare indexes with their tables and so misses damage there.
For each size this prints the best of the runs of quick_check, integrity_check and
the whole check_file (header, length, integrity, schema record), and as its last
line what integrity_check adds to an open over quick_check.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from planner.store.check import check_file, read_only_connection

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate_project, write_plandb


def best_of(runs: int, job) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        job()
        best = min(best, time.perf_counter() - began)
    return best


def pragma(path: Path, name: str) -> None:
    connection: sqlite3.Connection = read_only_connection(path)
    try:
        assert connection.execute(f"PRAGMA {name}").fetchone()[0] == "ok"
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    added = []
    with tempfile.TemporaryDirectory() as folder:
        for tasks in args.tasks:
            path = Path(folder) / f"bench{tasks}.plandb"
            write_plandb(generate_project(tasks), path)
            quick = best_of(args.runs, lambda p=path: pragma(p, "quick_check"))
            full = best_of(args.runs, lambda p=path: pragma(p, "integrity_check"))
            whole = best_of(args.runs, lambda p=path: check_file(p).discard())
            size = path.stat().st_size / 2**20
            print(
                f"{tasks:>7,} tasks ({size:.1f} MiB): quick_check {quick * 1000:.1f} ms, "
                f"integrity_check {full * 1000:.1f} ms, check_file {whole * 1000:.1f} ms"
            )
            added.append(f"{tasks:,} tasks +{(full - quick) * 1000:.0f} ms")
    print(f"integrity_check over quick_check: {', '.join(added)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
